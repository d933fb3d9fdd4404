import Foundation
import Hummingbird
import Logging

/// A simulated Azure Functions host serving the Durable Functions HTTP management API (v2+ baseline) over
/// HTTP/1.1, backed by a live simulation of a task hub.
///
/// The API is served under `/runtime/webhooks/durabletask/` and `/durabletask/`. Faults can be switched at run
/// time with `setFaults(_:)` or, from a loopback peer, with `POST /_sim/faults` (`GET` lists, `DELETE` clears).
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
    let engine: SimEngine
    let faults: FaultInjector
    private let state = HostState()

    /// Creates a host; nothing runs until `start()`.
    public init(configuration: Configuration) {
        self.configuration = configuration
        let arrivals = configuration.arrivalsPerMinute ?? (configuration.instances > 0 ? 6 : 0)
        self.engine = SimEngine(
            settings: EngineSettings(
                seed: configuration.seed,
                timeScale: configuration.manualClock ? nil : max(configuration.timeScale, 0.001),
                manualStart: Date(),
                prepopulate: max(configuration.instances, 0),
                arrivalsPerMinute: max(arrivals, 0),
                scanBudget: max(configuration.scanBudget, 1)
            )
        )
        self.faults = FaultInjector(seed: configuration.seed)
    }

    /// Pre-populates the hub, binds the listener and starts the simulation. Returns the base URL of the API
    /// (`http://HOST:PORT/runtime/webhooks/durabletask/`, trailing slash included). Calling it again on a
    /// running host returns the same URL.
    public func start() async throws -> URL {
        if let running = await state.url {
            return running
        }
        await engine.prepopulate()
        await faults.setRules(configuration.faults)
        let responder = SimResponder(
            handler: DurableHandler(
                engine: engine,
                settings: APISettings(
                    key: configuration.key,
                    entitiesInInstanceList: configuration.entitiesInInstanceList,
                    sendsEmptyContinuationToken: configuration.sendsEmptyContinuationToken,
                    taskHub: configuration.taskHub
                )
            ),
            faults: faults
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
        let server = Task {
            do {
                try await app.run()
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
        let engine = self.engine
        let ticker = Task {
            await SimulatedHost.tick(engine)
        }
        await state.started(server: server, ticker: ticker, url: url)
        return url
    }

    /// The API base URL once started.
    public var baseURL: URL? {
        get async { await state.url }
    }

    /// Stops the listener and the simulation.
    public func stop() async {
        await state.stop()
    }

    /// Replaces the active fault rules (an empty list switches faults off).
    public func setFaults(_ rules: [FaultRule]) async {
        await faults.setRules(rules)
    }

    /// Moves a manual clock forward by `seconds` and processes everything that became due. A host on the wall
    /// clock (`manualClock == false`) cannot be moved: it only processes what is due.
    public func advance(by seconds: Double) async {
        await engine.advance(by: seconds)
    }

    /// The host's current time: the wall clock, or the manual clock in tests.
    public var now: Date {
        get async { await engine.now }
    }

    /// Number of rows in the instance table (entity instances included).
    public var instanceCount: Int {
        get async { await engine.instanceCount }
    }

    /// The single ticking task: sleeps until the next wake-up (at most half a second), then processes what is due.
    private static func tick(_ engine: SimEngine) async {
        while !Task.isCancelled {
            await engine.catchUp()
            let delay = await engine.realDelayUntilNextWake() ?? 0.5
            try? await Task.sleep(for: .seconds(min(max(delay, 0.01), 0.5)))
        }
    }
}
