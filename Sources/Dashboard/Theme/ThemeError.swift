/// A theme that could not be loaded, with enough detail to fix it: the file, the line and the key.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The theme file (path as given), or the theme name when no file was found.
    public var file: String
    /// The 1-based line of the problem, when known.
    public var line: Int?
    /// The style key at fault, when the problem is one value.
    public var key: String?
    /// What is wrong.
    public var message: String

    /// Creates a theme error.
    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// `themes/bad.toml:12: key "status.failed": unknown colour "redd"`.
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
