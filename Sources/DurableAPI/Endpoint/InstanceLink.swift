/// What a pasted link names: the host, and the instance when the link is one instance's (a `statusQueryGetUri`
/// or any other `…Uri` of a check-status payload, a `Location` value, or the whole payload).
public struct InstanceLink: Sendable, Hashable {
    /// The host, as ``DurableEndpoint/discover(from:key:)`` finds it.
    public var endpoint: DurableEndpoint
    /// The instance the link names, or `nil` for a link to the host or the hub.
    public var instanceID: String?

    /// Reads a pasted URL or check-status payload.
    ///
    /// - Throws: ``EndpointDiscoveryError`` when the text names no durable host.
    public init(_ input: String, key: HostKey? = nil) throws(EndpointDiscoveryError) {
        endpoint = try DurableEndpoint.discover(from: input, key: key)
        let trimmed = input.trimmingWhitespace()
        if trimmed.hasPrefix("{") {
            instanceID = Self.payloadID(trimmed)
        } else {
            instanceID = ParsedURL(trimmed).flatMap { Self.instanceID(inPath: $0.path, base: endpoint.baseURL) }
        }
    }

    /// The id of a check-status payload (its `id`, else the instance of its `statusQueryGetUri`).
    private static func payloadID(_ text: String) -> String? {
        guard let json = try? JSONValue(parsing: text), let payload = try? CheckStatusPayload(json: json) else {
            return nil
        }
        return payload.id
    }

    /// The decoded segment after `instances/` right below the webhook base, if the path has one.
    static func instanceID(inPath path: String, base: String) -> String? {
        guard let basePath = ParsedURL(base)?.path, path.lowercased().hasPrefix(basePath.lowercased()) else {
            return nil
        }
        let segments = path.dropFirst(basePath.count).split(separator: "/", omittingEmptySubsequences: true)
        guard segments.count >= 2, segments[0].lowercased() == "instances" else {
            return nil
        }
        let id = PercentEncoding.decode(String(segments[1]), plusAsSpace: false)
        return id.isEmpty ? nil : id
    }
}
