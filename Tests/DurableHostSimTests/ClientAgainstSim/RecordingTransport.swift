import DurableAPI

/// One request as sent and the answer that came back.
struct Exchange: Sendable {
    /// The request, after the client added its headers.
    let request: HTTPRequest
    /// The answer, or nil when the transport failed.
    let response: HTTPResponse?
}

/// The exchanges a ``RecordingTransport`` saw, in order.
actor ExchangeLog {
    private(set) var exchanges: [Exchange] = []

    /// Appends one exchange.
    func append(_ exchange: Exchange) {
        exchanges.append(exchange)
    }
}

/// A transport that sends through a real one and records every exchange, so tests can check what went over the
/// wire (where the key travels, which headers came back).
struct RecordingTransport: HTTPTransport {
    /// The transport doing the work.
    let inner: CurlTransport
    /// What was sent and received so far.
    let log = ExchangeLog()

    /// Sends through ``inner`` and records the exchange.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        do {
            let response = try await inner.send(request)
            await log.append(Exchange(request: request, response: response))
            return response
        } catch {
            await log.append(Exchange(request: request, response: nil))
            throw error
        }
    }

    /// The exchanges recorded so far.
    var exchanges: [Exchange] {
        get async { await log.exchanges }
    }
}
