/// Typed async calls for every endpoint of the durable management API (§5), over an injectable transport.
///
/// Every request carries the key in `x-functions-key` (never in the URL) and the endpoint's `taskHub` and
/// `connection`. Every failure is a ``DurableAPIError``.
public struct DurableClient: Sendable {
    /// Where requests go.
    public let endpoint: DurableEndpoint
    /// How requests are sent.
    public let transport: any HTTPTransport

    /// Creates a client.
    public init(endpoint: DurableEndpoint, transport: any HTTPTransport) {
        self.endpoint = endpoint
        self.transport = transport
    }

    /// Sends `request` as is; transport failures and cancellation become ``DurableAPIError/transport(_:)``.
    public func send(_ request: HTTPRequest) async throws(DurableAPIError) -> HTTPResponse {
        let answer: Result<HTTPResponse, any Error>
        do {
            answer = .success(try await transport.send(request))
        } catch {
            answer = .failure(error)
        }
        return try response(from: answer)
    }

    /// The response of a transport's `answer`, or its failure as a ``DurableAPIError/transport(_:)``
    /// (cancellation as ``TransportError/cancelled``).
    func response(from answer: Result<HTTPResponse, any Error>) throws(DurableAPIError) -> HTTPResponse {
        switch answer {
        case .success(let response):
            return response
        case .failure(let error as TransportError):
            throw .transport(error)
        case .failure(is CancellationError):
            throw .transport(.cancelled)
        case .failure(let error):
            throw .transport(.other(code: -1, message: endpoint.redaction.apply(String(describing: error))))
        }
    }
}
