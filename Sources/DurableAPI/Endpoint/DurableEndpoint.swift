/// Where and how to reach one task hub's management API: the webhook base URL, its flavour, the optional
/// `taskHub` and `connection` scoping, and the host key.
///
/// The ``description`` never shows the key.
public struct DurableEndpoint: Sendable, Hashable {
    /// `scheme://authority` plus any path prefix in front of the webhook path, without a trailing `/`.
    public let origin: String
    /// The webhook base URL (`origin` + the flavour's base path as found), without a trailing `/`.
    public let baseURL: String
    /// The API flavour.
    public let flavour: APIFlavour
    /// The `taskHub` query parameter sent with every request, when known.
    public var taskHub: String?
    /// The `connection` query parameter sent with every request, when known.
    public var connection: String?
    /// The host key, sent in `x-functions-key`.
    public var key: HostKey?

    /// Creates an endpoint from parts already known; `baseURL` must not end with `/`.
    public init(
        origin: String,
        baseURL: String,
        flavour: APIFlavour,
        taskHub: String? = nil,
        connection: String? = nil,
        key: HostKey? = nil
    ) {
        self.origin = origin
        self.baseURL = baseURL
        self.flavour = flavour
        self.taskHub = taskHub
        self.connection = connection
        self.key = key
    }

    /// The redaction to apply to anything printed about this endpoint: removes `code=` values and the key text.
    public var redaction: Redaction {
        Redaction(secrets: key.map { [$0.value] } ?? [])
    }
}

extension DurableEndpoint: CustomStringConvertible {
    /// `https://app/runtime/webhooks/durabletask (taskHub OrdersHub, connection Storage, key set)`; never the key.
    public var description: String {
        var parts: [String] = []
        if let taskHub {
            parts.append("taskHub \(taskHub)")
        }
        if let connection {
            parts.append("connection \(connection)")
        }
        parts.append(key == nil ? "no key" : "key set")
        return redaction.apply("\(baseURL) (\(parts.joined(separator: ", ")))")
    }
}

extension DurableEndpoint {
    /// The host and port of the origin (`myapp.azurewebsites.net`), for headers and logs: never the key or a
    /// `code=` value.
    public var hostName: String {
        ParsedURL(origin)?.authority ?? origin
    }
}
