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
        do {
            return try await transport.send(request)
        } catch let error as TransportError {
            throw .transport(error)
        } catch is CancellationError {
            throw .transport(.cancelled)
        } catch {
            throw .transport(.other(code: -1, message: endpoint.redaction.apply(String(describing: error))))
        }
    }
}
