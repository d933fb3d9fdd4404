/// An entity's identity: the (lower-case) entity name and the case-sensitive key.
public struct EntityID: Sendable, Hashable, CustomStringConvertible {
    /// The entity name, e.g. `counter`.
    public var name: String
    /// The entity key, e.g. `cats` (may be empty).
    public var key: String

    /// Creates an entity ID.
    public init(name: String, key: String) {
        self.name = name
        self.key = key
    }

    /// Parses an entity's instance ID, `@name@key` (the key may itself contain `@`); `nil` for orchestration IDs.
    public init?(instanceId: String) {
        guard instanceId.hasPrefix("@") else {
            return nil
        }
        let rest = instanceId.dropFirst()
        guard let separator = rest.firstIndex(of: "@") else {
            return nil
        }
        self.name = String(rest[..<separator])
        self.key = String(rest[rest.index(after: separator)...])
    }

    /// The entity's instance ID, `@name@key`.
    public var instanceId: String {
        "@\(name)@\(key)"
    }

    /// `@name@key`.
    public var description: String {
        instanceId
    }
}

extension EntityID: JSONDecodable {
    /// Decodes `{"name": …, "key": …}`; unknown keys are ignored.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.init(name: try reader.string("name"), key: try reader.optionalString("key") ?? "")
    }
}

extension EntityID: JSONEncodable {
    /// `{"name":…,"key":…}`, name before key as the host writes it.
    public var json: JSONValue {
        ["name": .string(name), "key": .string(key)]
    }
}
