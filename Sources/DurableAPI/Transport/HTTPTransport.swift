/// Something that sends one HTTP request and returns the answer.
///
/// Any HTTP status is an answer, not an error: implementations throw only ``TransportError`` for failures to get
/// an answer at all. Tests inject their own implementation; the real one is ``CurlTransport``.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the response; throws ``TransportError`` when no response arrives.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse

    /// Sends `first` and then, one after another, each request `next` makes of the answer to the one before (the
    /// pages of a listing), until `next` returns nil. `next` is called once for each request, with its answer or
    /// the error ``send(_:)`` would have thrown, on whatever thread the transport sends from, so it must return
    /// quickly. Returns a function that stops the chain: the request in flight is cancelled, and `next` is still
    /// called with its outcome.
    func sendChain(
        startingWith first: HTTPRequest,
        next: @escaping @Sendable (Result<HTTPResponse, any Error>) -> HTTPRequest?
    ) -> @Sendable () -> Void
}

extension HTTPTransport {
    /// Sends the chain through ``send(_:)`` on a task of its own; cancelling the task stops it.
    public func sendChain(
        startingWith first: HTTPRequest,
        next: @escaping @Sendable (Result<HTTPResponse, any Error>) -> HTTPRequest?
    ) -> @Sendable () -> Void {
        runInTurn(from: first, { request in try await send(request) }, then: next)
    }
}
