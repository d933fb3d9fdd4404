import ConfigFiles
import TOMLKit

extension Theme {
    /// Loads a theme from TOML text. Styles the text does not set are taken from `base`.
    ///
    /// The text has an optional `[meta]` table with `name`, and a `[styles]` table whose keys are style names
    /// (`"status.failed" = "red bold"`; nested tables such as `[styles.status]` work too).
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: The file name used in error messages.
    ///   - base: The theme that supplies every style the text leaves out.
    /// - Throws: ``ConfigFileError`` naming the file, the line and the key.
    public init(toml text: String, file: String, base: Theme?) throws(ConfigFileError) {
        let table = try TOMLTable.parsing(configFile: text, file: file)
        var styles = base?.styles ?? [:]
        var name = file
        if let metaTable = try Self.subtable("meta", of: table, text: text, file: file) {
            if let metaName = metaTable["name"]?.string {
                name = metaName
            }
        }
        for key in table.keys where key != "meta" && key != "styles" {
            throw ConfigFileError(
                file: file,
                line: Self.line(of: key, in: text),
                key: key,
                message: "unknown section; a theme has [meta] and [styles]"
            )
        }
        if let stylesTable = try Self.subtable("styles", of: table, text: text, file: file) {
            var entries: [(String, String?)] = []
            Self.flatten(stylesTable, prefix: "", into: &entries)
            let known = Set(StyleName.all.map(\.rawValue))
            for (key, value) in entries {
                // The line is looked for only when there is an error to report: finding it reads the whole text.
                let failure = { (message: String) in
                    ConfigFileError(file: file, line: Self.line(of: key, in: text), key: key, message: message)
                }
                guard known.contains(key) else {
                    throw failure("unknown style name")
                }
                guard let value else {
                    throw failure("value must be a string like \"red bold\"")
                }
                switch ThemeStyleParser.parse(value) {
                case .success(let attributes):
                    styles[StyleName(key)] = attributes
                case .failure(let error):
                    throw failure(error.message)
                }
            }
        }
        self.init(name: name, styles: styles)
    }

    /// The table under `key`, or `nil` when the file has none.
    /// - Throws: ``ConfigFileError`` when `key` holds something other than a table.
    private static func subtable(
        _ key: String,
        of table: TOMLTable,
        text: String,
        file: String
    ) throws(ConfigFileError) -> TOMLTable? {
        guard let value = table[key] else {
            return nil
        }
        guard let subtable = value.table else {
            throw ConfigFileError(file: file, line: line(of: key, in: text), key: key, message: "must be a table")
        }
        return subtable
    }

    /// Collects `dotted.key = value` pairs from nested tables; a non-string value is recorded as `nil`.
    private static func flatten(_ table: TOMLTable, prefix: String, into entries: inout [(String, String?)]) {
        for key in table.keys {
            let fullKey = prefix.isEmpty ? key : prefix + "." + key
            guard let value = table[key] else {
                continue
            }
            if let nested = value.table {
                flatten(nested, prefix: fullKey, into: &entries)
            } else {
                entries.append((fullKey, value.string))
            }
        }
    }

    /// The 1-based line where a key is assigned (quoted or bare) or its table starts, else where its last dotted
    /// part is assigned (in a nested table).
    static func line(of key: String, in text: String) -> Int? {
        let locator = TOMLLocator(text: text)
        let exact = [locator.assignment(key), locator.header([key]), locator.header(["styles", key])]
        let lastPart = key.split(separator: ".").last.map(String.init) ?? key
        return exact.compactMap { $0 }.min() ?? locator.assignment(lastPart)
    }
}
