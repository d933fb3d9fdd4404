import ConfigFiles
import Foundation
import TOMLKit

extension ConnectionsFile {
    /// Parses connections from TOML text: one `[connections.NAME]` table per entry with a string `url`, and the
    /// optional `key-file` (string; `~` expanded, relative paths taken from the file's directory), `read-only`
    /// (boolean), `task-hub` (string) or `task-hubs` (an array of strings), and an `attention` table of thresholds (see
    /// ``EntryParser/attention(name:table:)``). A `key` entry is refused: keys stay in key files.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: The file's path, used in messages and as the base of relative key-file paths.
    ///   - homeDirectory: Used to expand `~` in `key-file`.
    /// - Throws: ``ConfigFileError`` naming the file, the line and the key.
    public init(toml text: String, file: String, homeDirectory: String?) throws(ConfigFileError) {
        let table = try TOMLTable.parsing(configFile: text, file: file)
        for key in table.keys where key != "connections" {
            throw ConfigFileError(
                file: file,
                line: Self.line(ofHeader: key, in: text),
                key: key,
                message: "unknown section; the file has [connections.NAME] tables only"
            )
        }
        var connections: [Connection] = []
        if let value = table["connections"] {
            guard let entries = value.table else {
                throw ConfigFileError(
                    file: file,
                    line: Self.line(ofHeader: "connections", in: text),
                    key: "connections",
                    message: "must be a table of [connections.NAME] entries"
                )
            }
            let parser = EntryParser(text: text, file: file, homeDirectory: homeDirectory)
            for name in entries.keys {
                guard let entry = entries[name]?.table else {
                    throw ConfigFileError(
                        file: file,
                        line: TOMLLocator(text: text).assignment(name),
                        key: "connections.\(name)",
                        message: "must be a table like [connections.\(name)]"
                    )
                }
                connections.append(try parser.connection(name: name, entry: entry))
            }
        }
        self.init(file: file, connections: connections)
    }

    /// The line of a `[name]` table header, else of a `name = …` assignment.
    static func line(ofHeader name: String, in text: String) -> Int? {
        let locator = TOMLLocator(text: text)
        return locator.header([name]) ?? locator.assignment(name)
    }
}

/// Reads one `[connections.NAME]` table, with messages that point at the offending line.
struct EntryParser {
    /// The file's text, to find lines in.
    let text: String
    /// The file's path, for messages and relative key files.
    let file: String
    /// Used to expand `~`.
    let homeDirectory: String?

    /// The settings a connection entry may have.
    static let knownFields: Set<String> = ["url", "key-file", "read-only", "task-hub", "task-hubs", "attention"]

    /// The connection an entry describes.
    func connection(name: String, entry: TOMLTable) throws(ConfigFileError) -> Connection {
        for field in entry.keys where !Self.knownFields.contains(field) {
            if field == "key" {
                throw error(
                    name: name,
                    field: field,
                    "host keys do not belong in the connections file; put the key in a file and name it with key-file"
                )
            }
            throw error(
                name: name,
                field: field,
                "unknown setting; use url, key-file, read-only, task-hub, task-hubs or an attention table"
            )
        }
        guard let urlValue = entry["url"] else {
            throw error(name: name, field: nil, "missing url")
        }
        guard let url = urlValue.string, !url.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error(name: name, field: "url", "must be a non-empty string")
        }
        var connection = Connection(name: name, url: url)
        if let value = entry["key-file"] {
            guard let keyFile = value.string, !keyFile.isEmpty else {
                throw error(name: name, field: "key-file", "must be a non-empty string (a path)")
            }
            connection.keyFile = PathExpansion.expand(
                keyFile,
                homeDirectory: homeDirectory,
                baseDirectory: PathExpansion.directory(of: file)
            )
        }
        if let value = entry["read-only"] {
            guard let readOnly = value.bool else {
                throw error(name: name, field: "read-only", "must be true or false")
            }
            connection.readOnly = readOnly
        }
        connection.taskHubs = try taskHubs(name: name, entry: entry)
        if let value = entry["attention"] {
            guard let table = value.table else {
                throw error(name: name, field: "attention", "must be a table like [connections.\(name).attention]")
            }
            connection.attention = try attention(name: name, table: table)
        }
        return connection
    }

    /// An error for the entry `name` (its header line) or one of its fields (that field's line).
    func error(name: String, field: String?, _ message: String) -> ConfigFileError {
        let key = field.map { "connections.\(name).\($0)" } ?? "connections.\(name)"
        return ConfigFileError(file: file, line: line(name: name, field: field), key: key, message: message)
    }

    /// The line of the `[connections.NAME]` header, or of `field = …` inside that table.
    func line(name: String, field: String?) -> Int? {
        let locator = TOMLLocator(text: text)
        guard let header = locator.header(["connections", name]) else {
            return nil
        }
        return field.flatMap { locator.assignment($0, inTableAt: header) } ?? header
    }
}
