import Collections
import Foundation

/// Reads typed members out of a JSON object, producing `JSONDecodingError`s that name the member's path.
///
/// Unknown members are simply never looked at, so they are ignored. "Optional" readers treat a missing member
/// and an explicit `null` alike; a present member of the wrong type is always an error.
struct JSONObjectReader {
    let object: OrderedDictionary<String, JSONValue>
    let path: JSONPath
    private let caseInsensitiveKeys: Bool

    /// Wraps `value`, which must be an object.
    /// - Parameter caseInsensitiveKeys: also match keys that differ only in letter case (for payloads from
    ///   serializers whose casing is not known, such as .NET isolated workers).
    init(_ value: JSONValue, at path: JSONPath, caseInsensitiveKeys: Bool = false) throws(JSONDecodingError) {
        guard case .object(let object) = value else {
            throw JSONDecodingError.typeMismatch(at: path, expected: "object", found: value)
        }
        self.object = object
        self.path = path
        self.caseInsensitiveKeys = caseInsensitiveKeys
    }

    /// The member `key` (nil when missing; `.null` when present as null).
    func member(_ key: String) -> JSONValue? {
        if let value = object[key] {
            return value
        }
        guard caseInsensitiveKeys else {
            return nil
        }
        let lowered = key.lowercased()
        return object.first { $0.key.lowercased() == lowered }?.value
    }

    /// The member `key` as a JSON value; a missing member reads as `.null`.
    func value(_ key: String) -> JSONValue {
        member(key) ?? .null
    }

    /// A required string member.
    func string(_ key: String) throws(JSONDecodingError) -> String {
        guard let string = try optionalString(key) else {
            throw missing(key, expected: "string")
        }
        return string
    }

    /// A string member that may be missing or null.
    func optionalString(_ key: String) throws(JSONDecodingError) -> String? {
        try optional(key, expected: "string", \.stringValue)
    }

    /// A required integer member.
    func int(_ key: String) throws(JSONDecodingError) -> Int {
        guard let int = try optionalInt(key) else {
            throw missing(key, expected: "integer")
        }
        return int
    }

    /// An integer member that may be missing or null.
    func optionalInt(_ key: String) throws(JSONDecodingError) -> Int? {
        try optional(key, expected: "integer", \.intValue)
    }

    /// A boolean member that may be missing or null.
    func optionalBool(_ key: String) throws(JSONDecodingError) -> Bool? {
        try optional(key, expected: "boolean") { value in
            guard case .bool(let bool) = value else {
                return nil
            }
            return bool
        }
    }

    /// A required timestamp member (any shape `DurableDate.parse` accepts).
    func date(_ key: String) throws(JSONDecodingError) -> Date {
        guard let date = try optionalDate(key) else {
            throw missing(key, expected: "timestamp string")
        }
        return date
    }

    /// A timestamp member that may be missing or null.
    func optionalDate(_ key: String) throws(JSONDecodingError) -> Date? {
        guard let text = try optionalString(key) else {
            return nil
        }
        guard let date = DurableDate.parse(text) else {
            throw JSONDecodingError(path: path.appending(key: key), reason: "invalid timestamp \"\(text)\"")
        }
        return date
    }

    /// A string member holding JSON text (history `Input`), that may be missing or null.
    func optionalEmbeddedJSON(_ key: String) throws(JSONDecodingError) -> EmbeddedJSON? {
        guard let text = try optionalString(key) else {
            return nil
        }
        return EmbeddedJSON(raw: text)
    }

    /// A required member decoded as `T`.
    func decode<T: JSONDecodable>(_ key: String, as type: T.Type = T.self) throws(JSONDecodingError) -> T {
        guard let value = member(key), value != .null else {
            throw missing(key, expected: "\(T.self)")
        }
        return try T(json: value, at: path.appending(key: key))
    }

    /// A member decoded as `T`, or `nil` when missing or null.
    func optionalDecode<T: JSONDecodable>(_ key: String, as type: T.Type = T.self) throws(JSONDecodingError) -> T? {
        guard let value = member(key), value != .null else {
            return nil
        }
        return try T(json: value, at: path.appending(key: key))
    }

    /// The member `key` read by `extract`, `nil` when missing or null; a value `extract` rejects is a type
    /// mismatch against `expected`.
    private func optional<Value>(
        _ key: String,
        expected: String,
        _ extract: (JSONValue) -> Value?
    ) throws(JSONDecodingError) -> Value? {
        guard let value = member(key), value != .null else {
            return nil
        }
        guard let extracted = extract(value) else {
            throw JSONDecodingError.typeMismatch(at: path.appending(key: key), expected: expected, found: value)
        }
        return extracted
    }

    private func missing(_ key: String, expected: String) -> JSONDecodingError {
        let found = member(key) == nil ? "missing" : "null"
        return JSONDecodingError(path: path.appending(key: key), reason: "expected \(expected), found \(found)")
    }
}
