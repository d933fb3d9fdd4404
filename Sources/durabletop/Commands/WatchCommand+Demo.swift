import DurableHostSim
import HubKit

extension WatchCommand {
    /// The simulated hub `--demo` watches: a few thousand instances over the last day with the troubles triage
    /// looks for (failure clusters and a recent burst, stuck Pending, stalled Running, long-Suspended), new ones
    /// arriving every few seconds, and simulated work running ten times faster than real time so statuses move
    /// while you look. With `fleet` (`--demo --all`) the host serves three task hubs: this one as `OrdersHub`, a
    /// second troubled one and a quiet one.
    static func demoConfiguration(fleet: Bool) -> SimulatedHost.Configuration {
        var configuration = SimulatedHost.Configuration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.instances = 3000
        configuration.seed = 7
        configuration.timeScale = 10
        configuration.arrivalsPerMinute = 4
        if fleet {
            configuration.taskHub = demoFleetHubs[0].taskHub
            configuration.additionalTaskHubs = demoFleetHubs.dropFirst().map { hub in
                SimulatedHost.TaskHubSpec(name: hub.taskHub, instances: hub.instances, seed: hub.seed)
            }
        }
        return configuration
    }

    /// The demo fleet's hubs: connection name, task hub, population, seed, read-only.
    static let demoFleetHubs: [(connection: String, taskHub: String, instances: Int, seed: UInt64, readOnly: Bool)] = [
        ("orders", "OrdersHub", 3000, 7, false),
        ("billing", "BillingHub", 1200, 11, true),
        ("reports", "ReportsHub", 400, 13, false),
    ]

    /// The demo fleet as connections to the demo host at `url`, one per task hub.
    static func demoFleet(at url: String) -> [FleetHub] {
        demoFleetHubs.map { hub in
            let connection = Connection(
                name: hub.connection,
                url: url,
                readOnly: hub.readOnly,
                taskHubs: [hub.taskHub]
            )
            return FleetHub(connection: connection, taskHub: hub.taskHub)
        }
    }

    /// Starts the in-process demo host on a free loopback port and returns it with its base URL.
    static func startDemoHost(fleet: Bool) async throws(WatchError) -> (host: SimulatedHost, url: String) {
        let host = SimulatedHost(configuration: demoConfiguration(fleet: fleet))
        do {
            let url = try await host.start()
            return (host, url.absoluteString)
        } catch {
            throw .demoFailed(String(describing: error))
        }
    }
}
