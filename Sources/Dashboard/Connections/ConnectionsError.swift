/// A connections file, or a name in it, that cannot be used; names the file, the line and the key when known.
public struct ConnectionsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The connections file (path as given).
    public var file: String
    /// The 1-based line of the problem, when known.
    public var line: Int?
    /// The key at fault (such as `connections.prod.url`), when the problem is one value.
    public var key: String?
    /// What is wrong.
    public var message: String

    /// Creates a connections error.
    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// `connections.toml:4: key "connections.prod.read-only": must be true or false`.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
        }
        text += ": "
        if let key {
            text += "key \"\(key)\": "
        }
        return text + message
    }
}
