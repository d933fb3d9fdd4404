import ConfigFiles
import DurableAPI
import HubKit

/// The `connections-toml` target: a connections file; every URL of the entries it loads goes on to endpoint
/// discovery, as `--connection` does.
enum ConnectionsFuzzing {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let text = String(decoding: bytes, as: UTF8.self)
        let file: ConnectionsFile
        do {
            file = try ConnectionsFile(
                toml: text,
                file: "/home/fuzz/.config/durabletop/connections.toml",
                homeDirectory: "/home/fuzz"
            )
        } catch {
            return .rejected(error.description)
        }
        for connection in file.connections {
            _ = try? DurableEndpoint.discover(from: connection.url)
        }
        return .accepted
    }
}
