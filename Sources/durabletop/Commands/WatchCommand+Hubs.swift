import Dashboard
import DurableAPI
import DurableHostSim
import HubKit
import TerminalUI

/// A dashboard the terminal can run, started before the screen and stopped after it.
protocol WatchedApplication: TerminalApplication, Sendable {
    /// Starts polling.
    func start()
    /// Stops polling.
    func stop()
    /// Stops polling and waits until it has ended.
    func shutDown() async
}

extension DashboardApp: WatchedApplication {}

extension FleetApp: WatchedApplication {}

/// One hub of a session: its dashboard, and the runner of its operator actions (`nil` when read-only).
struct WatchedHub {
    /// The hub's dashboard, with its own poller and state.
    let app: DashboardApp
    /// The hub's action runner, over the hub's own client and key.
    let actions: ActionCoordinator?
}

extension WatchPlan {
    /// Whether the whole session is read-only (every hub of a fleet), so no audit log is needed.
    func isReadOnly(commandLineFlag: Bool) -> Bool {
        switch self {
        case .demo:
            commandLineFlag
        case .hub(let target):
            target.isReadOnly(commandLineFlag: commandLineFlag)
        case .fleet(let hubs):
            hubs.allSatisfy { $0.connection.isReadOnly(commandLineFlag: commandLineFlag) }
        }
    }
}

extension WatchCommand {
    /// The hosts a plan watches, each with its name in the fleet (`nil` for a hub watched on its own), and the
    /// demo host when the plan started one.
    ///
    /// - Throws: ``WatchError``, ``KeyFileError`` or ``EndpointDiscoveryError``.
    func targets(
        of plan: WatchPlan
    ) async throws -> (
        targets: [(target: HostTarget, name: String?)], demoHost: SimulatedHost?
    ) {
        switch plan {
        case .hub(let target):
            return ([(target, nil)], nil)
        case .fleet(let hubs):
            return (try hubs.map { (try HostTarget.resolve(hub: $0, url: nil, keyFile: nil), $0.name) }, nil)
        case .demo(let fleet):
            let started = try await Self.startDemoHost(fleet: fleet)
            guard fleet else {
                let endpoint = try DurableEndpoint.discover(from: started.url)
                return ([(HostTarget(endpoint: endpoint, instanceID: nil, hub: nil), nil)], started.host)
            }
            let targets = try Self.demoFleet(at: started.url).map {
                (try HostTarget.resolve(hub: $0, url: nil, keyFile: nil), $0.name)
            }
            return (targets, started.host)
        }
    }

    /// A hub's dashboard and action runner, over a client of its own (its key, its read-only mark, its attention
    /// thresholds), so one hub's slow host or refused key never touches another's; only the backoff `gate` of its
    /// endpoint host is shared with the other hubs on that host.
    func watchedHub(
        _ target: HostTarget,
        name: String?,
        fleet: [String],
        choice: ScreenOptions.Choice,
        auditPath: String?,
        gate: HostGate,
        onRedraw: @escaping @Sendable () -> Void
    ) throws -> WatchedHub {
        let endpoint = target.endpoint
        let client = DurableClient(
            endpoint: endpoint,
            transport: CurlTransport(options: CurlTransport.Options(insecure: hub.insecure))
        )
        let options = DashboardOptions(
            endpointHost: endpoint.hostName,
            taskHub: endpoint.taskHub,
            readOnly: target.isReadOnly(commandLineFlag: readOnly),
            refreshInterval: .seconds(refresh),
            asciiOnly: choice.asciiOnly,
            theme: choice.theme,
            openInstanceID: target.instanceID,
            attention: try attention.thresholds(over: target.connection?.attention ?? .standard),
            clipboard: choice.clipboard,
            hubName: name,
            fleet: fleet
        )
        let actions = Self.actionCoordinator(client: client, options: options, auditPath: auditPath)
        let app = DashboardApp(
            source: DurableClientSource(client: client),
            options: options,
            actions: actions,
            gate: gate,
            onRedraw: onRedraw
        )
        return WatchedHub(app: app, actions: actions)
    }
}
