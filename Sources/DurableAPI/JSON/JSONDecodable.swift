/// A model that can be decoded from a `JSONValue`, reporting problems with their JSON path.
public protocol JSONDecodable: Sendable {
    /// Decodes the value found at `path` (used to name the location in errors).
    init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError)

    /// A JSON array of this model decoded straight from its bytes, for a model whose arrays come in bulk (a
    /// listing's pages); `nil` to decode through ``JSONValue``, which is what the default does and what names a
    /// problem when there is one.
    static func array(decodingDirectly bytes: [UInt8]) -> [Self]?
}

extension JSONDecodable {
    /// `nil`: arrays of this model are decoded through ``JSONValue``.
    public static func array(decodingDirectly bytes: [UInt8]) -> [Self]? {
        nil
    }
}

extension JSONDecodable {
    /// Decodes a whole document (errors are reported relative to `$`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        try self.init(json: json, at: .root)
    }
}

extension Array: JSONDecodable where Element: JSONDecodable {
    /// Decodes a JSON array whose elements decode as `Element` (errors name the element, e.g. `$[3]`).
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        guard case .array(let elements) = json else {
            throw JSONDecodingError.typeMismatch(at: path, expected: "array", found: json)
        }
        var decoded: [Element] = []
        decoded.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            decoded.append(try Element(json: element, at: path.appending(index: index)))
        }
        self = decoded
    }
}

/// A model that can produce the JSON the host would send for it.
public protocol JSONEncodable: Sendable {
    /// The host's JSON for this value, keys in the host's order.
    var json: JSONValue { get }
}

extension Array: JSONEncodable where Element: JSONEncodable {
    /// A JSON array of the elements' JSON.
    public var json: JSONValue {
        .array(map(\.json))
    }
}
