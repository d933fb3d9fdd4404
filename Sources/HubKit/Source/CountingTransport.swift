import DurableAPI
import Synchronization

/// Wraps a transport and counts every request and the bytes it carried, for the per-tick cost figures, and notes a
/// throttled answer's `Retry-After` for the poller's backoff.
///
/// Bytes are the request line, header fields and body sent, and the header fields and body received, as the
/// transport sees them (HTTP framing added by libcurl is not counted).
public struct CountingTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let counter: TrafficCounter
    private let retryAfter: RetryAfterNote?

    /// Wraps `base`, recording into `counter` and, when given, every answer's `Retry-After` into `retryAfter`.
    public init(_ base: any HTTPTransport, counter: TrafficCounter, retryAfter: RetryAfterNote? = nil) {
        self.base = base
        self.counter = counter
        self.retryAfter = retryAfter
    }

    /// Sends through the wrapped transport and records the sizes.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        do {
            let response = try await base.send(request)
            record(request, answer: .success(response))
            return response
        } catch {
            record(request, answer: .failure(error))
            throw error
        }
    }

    /// Sends the chain through the wrapped transport and records the sizes of each request and its answer.
    public func sendChain(
        startingWith first: HTTPRequest,
        next: @escaping @Sendable (Result<HTTPResponse, any Error>) -> HTTPRequest?
    ) -> @Sendable () -> Void {
        let counting = self
        let sending = Mutex(first)
        return base.sendChain(startingWith: first) { answer in
            let request = sending.withLock { $0 }
            counting.record(request, answer: answer)
            let following = next(answer)
            if let following {
                sending.withLock { $0 = following }
            }
            return following
        }
    }

    /// Records the bytes of `request` and of its answer, and the answer's `Retry-After`.
    private func record(_ request: HTTPRequest, answer: Result<HTTPResponse, any Error>) {
        var sent = request.method.rawValue.utf8.count + 1 + request.url.utf8.count + request.body.count
        for field in request.headers.fields {
            sent += field.name.utf8.count + 2 + field.value.utf8.count
        }
        guard case .success(let response) = answer else {
            counter.record(bytesSent: sent, bytesReceived: 0)
            return
        }
        var received = response.body.count
        for field in response.headers.fields {
            received += field.name.utf8.count + 2 + field.value.utf8.count
        }
        counter.record(bytesSent: sent, bytesReceived: received)
        retryAfter?.record(response)
    }
}
