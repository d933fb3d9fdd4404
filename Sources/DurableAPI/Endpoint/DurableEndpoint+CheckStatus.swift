extension DurableEndpoint {
    /// Builds an endpoint from a whole check-status JSON payload (§4.3, §7), keyed off its `statusQueryGetUri`.
    public static func discover(
        checkStatusJSON text: String,
        key: HostKey? = nil
    ) throws(EndpointDiscoveryError) -> Self {
        let json: JSONValue
        do {
            json = try JSONValue(parsing: text)
        } catch {
            throw .notACheckStatusPayload("not JSON: \(error.description)")
        }
        let payload: CheckStatusPayload
        do {
            payload = try CheckStatusPayload(json: json)
        } catch {
            throw .notACheckStatusPayload(error.description)
        }
        return try discover(fromURL: payload.statusQueryGetUri, key: key)
    }
}
