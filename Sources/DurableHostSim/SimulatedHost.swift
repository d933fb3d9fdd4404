import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// A simulated Azure Functions host serving the Durable Functions HTTP management API (v2+ baseline) over
/// HTTP/1.1, backed by a live simulation of one or more independent task hubs.
///
/// The API is served under `/runtime/webhooks/durabletask/` and `/durabletask/`. A request's `taskHub` query
/// parameter picks the hub (`Configuration.taskHub` when absent or empty, `Configuration.additionalTaskHubs` by
/// name in any letter case); a hub the host does not serve gets `404`. Faults can be switched at run
/// time with `setFaults(_:)` or, from a loopback peer, with `POST /_sim/faults` (`GET` lists, `DELETE` clears);
/// `GET /_sim/stats` counts the management requests received and the instance listings begun.
///
/// ```swift
/// let host = SimulatedHost(configuration: .init())
/// let base = try await host.start()   // http://127.0.0.1:PORT/runtime/webhooks/durabletask/
/// …
/// await host.stop()
/// ```
public final class SimulatedHost: Sendable {
    /// The configuration the host was created with.
    public let configuration: Configuration
    let hubs: TaskHubs
    let faults: FaultInjector
    let requests = RequestTally()
    private let state = HostState()

    /// Creates a host; nothing runs until `start()`.
    public init(configuration: Configuration) {
        self.configuration = configuration
        self.hubs = TaskHubs(configuration: configuration)
        self.faults = FaultInjector(seed: configuration.seed)
    }

    /// Pre-populates every hub, binds the listener and starts the simulation. Returns the base URL of the API
    /// (`http://HOST:PORT/runtime/webhooks/durabletask/`, trailing slash included). Calling it again on a
    /// running host returns the same URL.
    public func start() async throws -> URL {
        if let running = await state.url {
            return running
        }
        for engine in hubs.engines {
            await engine.prepopulate()
        }
        await faults.setRules(configuration.faults)
        let responder = SimResponder(
            hubs: hubs,
            settings: APISettings(
                key: configuration.key,
                entitiesInInstanceList: configuration.entitiesInInstanceList,
                sendsEmptyContinuationToken: configuration.sendsEmptyContinuationToken,
                taskHub: configuration.taskHub,
                pageCap: min(max(configuration.pageCap, 1), 1000)
            ),
            faults: faults,
            requests: requests
        )
        var logger = Logger(label: "durabletop.sim")
        logger.logLevel = .critical
        let (portStream, portContinuation) = AsyncStream.makeStream(of: Int?.self)
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port)
                portContinuation.finish()
            },
            logger: logger
        )
        var serving = ServiceGroupConfiguration(services: [app], logger: logger)
        serving.maximumGracefulShutdownDuration = Self.shutdownGrace
        let service = ServiceGroup(configuration: serving)
        let server = Task {
            do {
                try await service.run()
            } catch {
                portContinuation.finish()
            }
        }
        var bound: Int?
        for await port in portStream {
            bound = port
        }
        guard let port = bound else {
            server.cancel()
            throw SimulatedHostError.couldNotBind(host: configuration.host, port: configuration.port)
        }
        let hostPart = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        guard let url = URL(string: "http://\(hostPart):\(port)/runtime/webhooks/durabletask/") else {
            server.cancel()
            throw SimulatedHostError.addressNotURL(host: configuration.host, port: port)
        }
        let engines = hubs.engines
        let ticker = Task {
            await SimulatedHost.tick(engines)
        }
        await state.started(server: server, service: service, ticker: ticker, url: url)
        return url
    }

    /// The API base URL once started.
    public var baseURL: URL? {
        get async { await state.url }
    }

    /// How long a stop lets the requests in flight finish before it cancels them.
    static let shutdownGrace = Duration.seconds(2)

    /// Stops the listener and the simulation: the listener stops accepting, the requests in flight have
    /// ``shutdownGrace`` to finish, and the call returns once everything has ended.
    public func stop() async {
        await state.stop()
    }

    /// Replaces the active fault rules (an empty list switches faults off).
    public func setFaults(_ rules: [FaultRule]) async {
        await faults.setRules(rules)
    }

    /// Moves a manual clock forward by `seconds` and processes everything that became due, in every hub. A host on
    /// the wall clock (`manualClock == false`) cannot be moved: it only processes what is due.
    public func advance(by seconds: Double) async {
        for engine in hubs.engines {
            await engine.advance(by: seconds)
        }
    }

    /// The host's current time: the wall clock, or the manual clock in tests.
    public var now: Date {
        get async { await hubs.defaultEngine.now }
    }

    /// Number of rows in the default hub's instance table (entity instances included).
    public var instanceCount: Int {
        get async { await hubs.defaultEngine.instanceCount }
    }

    /// The single ticking task over every hub: sleeps until the earliest next wake-up (at most half a second), then
    /// processes what is due in each hub.
    private static func tick(_ engines: [SimEngine]) async {
        while !Task.isCancelled {
            var delay = 0.5
            for engine in engines {
                await engine.catchUp()
                delay = min(delay, await engine.realDelayUntilNextWake() ?? 0.5)
            }
            try? await Task.sleep(for: .seconds(max(delay, 0.01)))
        }
    }
}
