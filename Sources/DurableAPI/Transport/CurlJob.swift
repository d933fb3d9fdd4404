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

/// One queued request, or a chain of them, and the way to hand each result back.
final class CurlJob: Sendable {
    /// The first request.
    let request: HTTPRequest
    let cancelFlag: CancelFlag
    private let completion: @Sendable (Result<HTTPResponse, TransportError>) -> HTTPRequest?

    /// A job of one request: `completion` takes its result.
    convenience init(
        request: HTTPRequest,
        cancelFlag: CancelFlag,
        completion: @escaping @Sendable (Result<HTTPResponse, TransportError>) -> Void
    ) {
        self.init(request: request, cancelFlag: cancelFlag) { (result) -> HTTPRequest? in
            completion(result)
            return nil
        }
    }

    /// A job of a chain of requests: `next` takes each result and returns the request to send after it, or nil.
    init(
        request: HTTPRequest,
        cancelFlag: CancelFlag,
        next: @escaping @Sendable (Result<HTTPResponse, TransportError>) -> HTTPRequest?
    ) {
        self.request = request
        self.cancelFlag = cancelFlag
        self.completion = next
    }

    /// Delivers the result of one request, once for each, and returns the request to send next, if any.
    func finish(_ result: Result<HTTPResponse, TransportError>) -> HTTPRequest? {
        completion(result)
    }
}
