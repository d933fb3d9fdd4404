import TOMLKit

extension TOMLTable {
    /// Parses the text of a configuration file (a theme or the connections file), turning TOMLKit's errors into a
    /// ``ConfigFileError`` that names the file and the line. A table header or an empty array value TOMLKit cannot be
    /// given (see `TOMLHeaderCheck`, `TOMLEmptyValueCheck`) is refused the same way before it reaches TOMLKit.
    public static func parsing(configFile text: String, file: String) throws(ConfigFileError) -> TOMLTable {
        if let line = TOMLHeaderCheck.firstUnparsableHeader(in: text) {
            throw ConfigFileError(
                file: file,
                line: line,
                message: "a table header must start with a name: a letter, a digit, _, - or a quoted name"
            )
        }
        if let line = TOMLEmptyValueCheck.firstEmptyValue(in: text) {
            throw ConfigFileError(file: file, line: line, message: "a value is missing before '}'")
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
