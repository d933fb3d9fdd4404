/// A location inside a JSON document, written like `$[3].runtimeStatus` or `$.historyEvents[0].Timestamp`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// The textual path, starting with `$` for the document root.
    public let description: String

    /// The document root, `$`.
    public static let root = JSONPath(description: "$")

    private init(description: String) {
        self.description = description
    }

    /// The path of member `key` of the object here: `.key` for plain identifiers, `["key"]` otherwise.
    public func appending(key: String) -> JSONPath {
        let isIdentifier =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
            }
        if isIdentifier {
            return JSONPath(description: description + "." + key)
        }
        var quoted = ""
        JSONValue.appendEscaped(key, to: &quoted)
        return JSONPath(description: description + "[" + quoted + "]")
    }

    /// The path of element `index` of the array here: `[index]`.
    public func appending(index: Int) -> JSONPath {
        JSONPath(description: description + "[\(index)]")
    }
}
