import ConfigFiles
import Foundation

/// The named connections of `connections.toml`, k9s-context style: `durabletop --connection prod` takes the host,
/// the key file, the read-only mark and the task hub from the `[connections.prod]` entry.
public struct ConnectionsFile: Hashable, Sendable {
    /// The file the entries came from (path as given), for messages.
    public var file: String
    /// Every entry, sorted by name.
    public var connections: [Connection]

    /// Creates a connections file from entries already parsed.
    public init(file: String, connections: [Connection]) {
        self.file = file
        self.connections = connections.sorted { $0.name < $1.name }
    }

    /// `$XDG_CONFIG_HOME/durabletop/connections.toml`, or `~/.config/durabletop/connections.toml` without it
    /// (`HOME` from `environment`; `nil` when neither is set). A relative `XDG_CONFIG_HOME` is ignored, as the
    /// XDG specification asks.
    public static func defaultPath(environment: [String: String]) -> String? {
        XDGDirectory.config.path(environment: environment).map { $0 + "/connections.toml" }
    }

    /// Reads and parses the file at `path`.
    ///
    /// - Parameter homeDirectory: Used to expand `~` in `key-file`.
    /// - Throws: ``ConfigFileError`` when the file is missing, unreadable or invalid.
    public static func load(path: String, homeDirectory: String?) throws(ConfigFileError) -> ConnectionsFile {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ConfigFileError(file: path, message: "no connections file here (give --connections-file PATH)")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ConfigFileError(file: path, message: "cannot read the connections file as UTF-8 text")
        }
        return try ConnectionsFile(toml: text, file: path, homeDirectory: homeDirectory)
    }

    /// The entry called `name`.
    ///
    /// - Throws: ``ConfigFileError`` listing the known names when there is no such entry.
    public func connection(named name: String) throws(ConfigFileError) -> Connection {
        for connection in connections where connection.name == name {
            return connection
        }
        let known = connections.map(\.name)
        let list = known.isEmpty ? "the file defines none" : "known: " + known.joined(separator: ", ")
        throw ConfigFileError(file: file, message: "no connection named \"\(name)\"; \(list)")
    }
}
