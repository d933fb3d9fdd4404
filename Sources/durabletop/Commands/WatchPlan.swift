import ArgumentParser
import HubKit

/// What a `watch` session watches, decided from the command line and the connections file before any screen.
enum WatchPlan {
    /// The in-process simulated host: one hub, or (`--all`) a small fleet of its task hubs.
    case demo(fleet: Bool)
    /// One hub: `--url`, a connection with one task hub, or the only hub of the connections file.
    case hub(HostTarget)
    /// The fleet overview over these hubs: `--all`, a connection with several task hubs, or no `--url` and no
    /// `-c` with several hubs in the connections file.
    case fleet([FleetHub])
}

extension WatchCommand {
    /// The plan the options ask for.
    ///
    /// - Throws: ``ConfigFileError``, ``KeyFileError``, ``EndpointDiscoveryError`` or `ValidationError` (no host
    ///   given and no connections file to take one from).
    func plan() throws -> WatchPlan {
        if demo {
            return .demo(fleet: all)
        }
        let connections = hub.connectionOptions
        if hub.url != nil {
            return .hub(try HostTarget.resolve(hub: nil, url: hub.url, keyFile: hub.keyFile))
        }
        let hubs: [FleetHub]
        if let name = connections.connection {
            hubs = try connections.load().hubs(named: name)
        } else {
            let file: ConnectionsFile
            do {
                file = try connections.load()
            } catch {
                guard all else {
                    throw ValidationError("Give --url URL, --connection NAME, --all or --demo (\(error)).")
                }
                throw error
            }
            hubs = file.hubs
            guard !hubs.isEmpty else {
                throw ValidationError(
                    "\(file.file) names no connection: add a [connections.NAME] table, or give --url."
                )
            }
        }
        if hubs.count == 1 && !all {
            return .hub(try HostTarget.resolve(hub: hubs[0], url: nil, keyFile: hub.keyFile))
        }
        return .fleet(hubs)
    }
}
