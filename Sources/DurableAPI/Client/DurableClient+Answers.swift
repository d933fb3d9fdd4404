import Foundation

extension DurableClient {
    /// The error for a status the endpoint does not treat as success; `subject` names what was addressed
    /// (`instance 'abc'`).
    func failure(for response: HTTPResponse, subject: String) -> DurableAPIError {
        let redaction = endpoint.redaction
        switch response.status {
        case 401:
            return .unauthorized
        case 403:
            return .forbidden
        case 404:
            return .notFound(redaction.apply(subject))
        case 410:
            return .gone(redaction.apply(subject))
        case 400, 409, 412, 500, 501, 502, 503, 504:
            let hostMessage = response.body.isEmpty ? "" : HostErrorBody(body: response.body).message
            let message = hostMessage.isEmpty ? Self.reasonPhrase(response.status) : hostMessage
            return .hostError(status: response.status, message: HostText.sanitized(redaction.apply(message)))
        default:
            let snippet = String(decoding: response.body.prefix(200), as: UTF8.self)
            return .unexpectedStatus(response.status, HostText.sanitized(redaction.apply(snippet)))
        }
    }

    /// Sends a request the host answers with 202 Accepted and no body to read (raise event, terminate and the
    /// other operations, entity signals); any other status is the ``failure(for:subject:)`` error.
    func sendExpectingAccepted(_ request: HTTPRequest, subject: String) async throws(DurableAPIError) {
        let response = try await send(request)
        guard response.status == 202 else {
            throw failure(for: response, subject: subject)
        }
    }

    /// Parses the body as JSON and decodes it as `T`; shape problems name their JSON path.
    func decode<T: JSONDecodable>(_ type: T.Type, from response: HTTPResponse) throws(DurableAPIError) -> T {
        let value = try parseBody(response)
        do {
            return try T(json: value)
        } catch {
            let reason = HostText.sanitized(endpoint.redaction.apply(error.reason))
            throw .invalidResponse(path: error.path.description, reason: reason)
        }
    }

    /// Decodes a body that is a JSON array of `Item`: straight from its bytes when `Item` can, else (and to name
    /// what is wrong) through ``JSONValue``.
    func decodeArray<Item: JSONDecodable>(
        of type: Item.Type,
        from response: HTTPResponse
    ) throws(DurableAPIError)
        -> [Item]
    {
        if let items = Item.array(decodingDirectly: Array(response.body)) {
            return items
        }
        return try decode([Item].self, from: response)
    }

    /// Parses the body as any JSON value.
    func parseBody(_ response: HTTPResponse) throws(DurableAPIError) -> JSONValue {
        do {
            return try JSONValue(parsing: response.body)
        } catch {
            throw .invalidResponse(path: "$", reason: HostText.sanitized("not JSON: \(error.description)"))
        }
    }

    private static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 409: return "Conflict"
        case 412: return "Precondition Failed"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable (the host may still be starting)"
        case 504: return "Gateway Timeout"
        default: return "HTTP \(status)"
        }
    }
}
