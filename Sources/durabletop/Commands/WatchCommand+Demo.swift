import DurableHostSim

extension WatchCommand {
    /// The simulated hub `--demo` watches: a few thousand instances over the last day with the troubles triage
    /// looks for (failure clusters and a recent burst, stuck Pending, stalled Running, long-Suspended), new ones
    /// arriving every few seconds, and simulated work running ten times faster than real time so statuses move
    /// while you look.
    static var demoConfiguration: SimulatedHost.Configuration {
        var configuration = SimulatedHost.Configuration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.instances = 3000
        configuration.seed = 7
        configuration.timeScale = 10
        configuration.arrivalsPerMinute = 4
        return configuration
    }

    /// Starts the in-process demo host on a free loopback port and returns it with its base URL.
    static func startDemoHost() async throws(WatchError) -> (host: SimulatedHost, url: String) {
        let host = SimulatedHost(configuration: demoConfiguration)
        do {
            let url = try await host.start()
            return (host, url.absoluteString)
        } catch {
            throw .demoFailed(String(describing: error))
        }
    }
}
