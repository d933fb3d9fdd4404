/// A configuration file (a theme or the connections file) that cannot be used, with enough detail to fix it: the
/// file, the line and the key.
public struct ConfigFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (path as given), or the theme name when no theme file was found.
    public var file: String
    /// The 1-based line of the problem, when known.
    public var line: Int?
    /// The key at fault (a style name, or a setting such as `connections.prod.url`), when the problem is one value.
    public var key: String?
    /// What is wrong.
    public var message: String

    /// Creates an error about a configuration file.
    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// `themes/bad.toml:12: key "status.failed": unknown colour "redd"`, or
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
