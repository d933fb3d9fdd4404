import ArgumentParser
import Dashboard
import Foundation
import HubKit
import ScreenKit

/// `--connection NAME` and `--connections-file PATH`, shared by `watch` and `status`.
struct ConnectionOptions: ParsableArguments {
    @Option(
        name: [.customShort("c"), .customLong("connection")],
        help: "A named connection from the connections file; NAME/TaskHub picks one of its task-hubs."
    )
    var connection: String?

    @Option(
        name: .customLong("connections-file"),
        help: "The connections file (default $XDG_CONFIG_HOME/durabletop/connections.toml, else ~/.config/...)."
    )
    var connectionsFile: String?

    /// Rejects `--url` together with `--connection`.
    func validate(url: String?) throws {
        if connection != nil, url != nil {
            throw ValidationError("Give either --url URL or --connection NAME, not both.")
        }
    }

    /// The hub named by `--connection` (`NAME`, or `NAME/TaskHub` for one of a connection's several task hubs),
    /// or `nil` when none was given.
    ///
    /// - Throws: ``ConfigFileError`` when the file is missing or invalid, has no such entry, or the entry names
    ///   several task hubs.
    func selected() throws -> FleetHub? {
        guard let connection else {
            return nil
        }
        return try load().hub(named: connection)
    }

    /// The connections file: `--connections-file`, else the default path.
    ///
    /// - Throws: ``ConfigFileError`` when the file is missing or invalid.
    func load() throws -> ConnectionsFile {
        let environment = ProcessInfo.processInfo.environment
        guard let path = connectionsFile ?? ConnectionsFile.defaultPath(environment: environment) else {
            throw ValidationError("No connections file: set HOME or XDG_CONFIG_HOME, or give --connections-file.")
        }
        return try ConnectionsFile.load(path: path, homeDirectory: environment["HOME"])
    }
}
