import Foundation

extension DurableClient {
    /// A request whose body is `body` as compact JSON with `Content-Type: application/json`; nil sends no body.
    static func jsonRequest(
        _ endpoint: DurableEndpoint,
        _ method: HTTPMethod,
        pathSegments: [String],
        query: QueryItems,
        body: JSONValue?
    ) -> HTTPRequest {
        var headers = HTTPHeaders()
        var data = Data()
        if let body {
            headers.add(name: "Content-Type", value: "application/json")
            data = Data(body.compactText.utf8)
        }
        return endpoint.request(method, pathSegments: pathSegments, query: query, headers: headers, body: data)
    }

    /// Maps a start/restart response: 202 check-status payload, 200 output or status object.
    func startResult(from response: HTTPResponse, subject: String) throws(DurableAPIError) -> StartResult {
        switch response.status {
        case 202:
            return .accepted(try decode(CheckStatusPayload.self, from: response))
        case 200:
            let value = try parseBody(response)
            guard Self.isStatusObject(value) else { return .completed(output: value) }
            return .finished(try decode(OrchestrationStatus.self, from: response))
        default:
            throw failure(for: response, subject: subject)
        }
    }

    /// Maps a get-status response.
    func instanceState(from response: HTTPResponse, subject: String) throws(DurableAPIError) -> InstanceState {
        switch response.status {
        case 202:
            return .running(try decode(OrchestrationStatus.self, from: response))
        case 200:
            return .finished(try decode(OrchestrationStatus.self, from: response))
        case 500:
            guard let value = try? parseBody(response), Self.isStatusObject(value),
                let status = try? OrchestrationStatus(json: value)
            else {
                throw failure(for: response, subject: subject)
            }
            return .finished(status)
        default:
            throw failure(for: response, subject: subject)
        }
    }

    /// Whether `value` is a status object (has `instanceId` and `runtimeStatus`) rather than a bare output.
    static func isStatusObject(_ value: JSONValue) -> Bool {
        guard case .object(let members) = value else { return false }
        return members["instanceId"] != nil && members["runtimeStatus"] != nil
    }
}
