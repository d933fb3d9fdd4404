/// A JSON document that parsed but does not have the expected shape, naming where: `$[3].runtimeStatus: expected
/// string, found number`.
public struct JSONDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public let path: JSONPath
    /// What is wrong there.
    public let reason: String

    /// An error for a value of the wrong JSON type, `expected <expected>, found <actual type>`.
    public static func typeMismatch(at path: JSONPath, expected: String, found: JSONValue) -> JSONDecodingError {
        JSONDecodingError(path: path, reason: "expected \(expected), found \(found.typeName)")
    }

    /// `<path>: <reason>`.
    public var description: String {
        "\(path): \(reason)"
    }
}
