import TOMLKit

extension TOMLTable {
    /// Parses the text of a configuration file (a theme or the connections file), turning TOMLKit's errors into a
    /// ``ConfigFileError`` that names the file and the line.
    public static func parsing(configFile text: String, file: String) throws(ConfigFileError) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigFileError(file: file, line: error.source.begin.line, message: error.description)
        } catch {
            throw ConfigFileError(file: file, message: "not a TOML file")
        }
    }
}
