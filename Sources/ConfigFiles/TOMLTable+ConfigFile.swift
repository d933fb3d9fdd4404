import TOMLKit

extension TOMLTable {
    /// Parses the text of a configuration file (a theme or the connections file), turning TOMLKit's errors into a
    /// ``ConfigFileError`` that names the file and the line. A table header TOMLKit cannot be given (see
    /// `TOMLHeaderCheck`) is refused the same way before it reaches TOMLKit.
    public static func parsing(configFile text: String, file: String) throws(ConfigFileError) -> TOMLTable {
        if let line = TOMLHeaderCheck.firstUnparsableHeader(in: text) {
            throw ConfigFileError(
                file: file,
                line: line,
                message: "a table header must start with a name: a letter, a digit, _, - or a quoted name"
            )
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigFileError(file: file, line: error.source.begin.line, message: error.description)
        } catch {
            throw ConfigFileError(file: file, message: "not a TOML file")
        }
    }
}
