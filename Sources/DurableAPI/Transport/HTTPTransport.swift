/// Something that sends one HTTP request and returns the answer.
///
/// Any HTTP status is an answer, not an error: implementations throw only ``TransportError`` for failures to get
/// an answer at all. Tests inject their own implementation; the real one is ``CurlTransport``.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the response; throws ``TransportError`` when no response arrives.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
