import Synchronization

/// A thread-safe flag that tells a running transfer to stop.
final class CancelFlag: Sendable {
    private let value = Atomic<Bool>(false)

    /// Raises the flag.
    func set() {
        value.store(true, ordering: .relaxed)
    }

    /// Whether the flag was raised.
    var isSet: Bool {
        value.load(ordering: .relaxed)
    }
}

/// One queued request and the way to hand its result back.
final class CurlJob: Sendable {
    let request: HTTPRequest
    let cancelFlag: CancelFlag
    private let completion: @Sendable (Result<HTTPResponse, TransportError>) -> Void

    init(
        request: HTTPRequest,
        cancelFlag: CancelFlag,
        completion: @escaping @Sendable (Result<HTTPResponse, TransportError>) -> Void
    ) {
        self.request = request
        self.cancelFlag = cancelFlag
        self.completion = completion
    }

    /// Delivers the result; called exactly once.
    func finish(_ result: Result<HTTPResponse, TransportError>) {
        completion(result)
    }
}
