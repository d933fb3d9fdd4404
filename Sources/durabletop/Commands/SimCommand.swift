import ArgumentParser
import DurableHostSim
import Foundation

/// The `sim` subcommand: runs only the simulated durable host and prints its base URL.
struct SimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Run a simulated Durable Functions host (HTTP management API) and print its base URL.",
        discussion: """
            The system key is read from the environment variable DURABLETOP_SIM_KEY or from --key-file; \
            without one, auth is off. The key is never printed. Stop with Ctrl-C (SIGINT) or SIGTERM.
            """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 = a free port).")
    var port = 0

    @Option(name: .customLong("key-file"), help: "File holding the system key (first line).")
    var keyFile: String?

    @Option(help: "Instances to pre-populate across the last simulated day.")
    var instances = 0

    @Option(help: "Seed for every random choice (equal seeds give equal hubs).")
    var seed: UInt64 = 1

    @Option(
        name: .customLong("time-scale"),
        help: "How many times faster simulated work runs (timestamps stay on the wall clock)."
    )
    var timeScale = 1.0

    @Option(
        name: .customLong("arrivals"),
        help: ArgumentHelp(
            "New instances a simulated minute (default: 6 when pre-populated, else 0).",
            valueName: "PER-MINUTE"
        )
    )
    var arrivals: Double?

    @Option(
        name: .customLong("page-cap"),
        help: "The most rows one list page holds, whatever top asks (Azure Storage's host answers 100)."
    )
    var pageCap = 1000

    @Option(
        name: .customLong("scan-budget"),
        help: ArgumentHelp(
            """
            The most rows one list request examines before it answers a short or empty page with a token, as \
            Azure Storage's table scans do; a budget of the whole hub answers a filtered listing in as few pages \
            as it has rows.
            """,
            valueName: "ROWS"
        )
    )
    var scanBudget = SimulatedHost.Configuration().scanBudget

    @Flag(
        name: .customLong("no-waiting-workflows"),
        help: "Start no approvals or monitors, which wait long: few instances are active at once."
    )
    var noWaitingWorkflows = false

    @Flag(name: .customLong("no-entities-in-list"), help: "Leave @name@key entity instances out of GET /instances.")
    var noEntitiesInList = false

    @Flag(
        name: .customLong("omit-empty-token"),
        help: "Omit x-ms-continuation-token on the last page instead of sending it empty."
    )
    var omitEmptyToken = false

    @Option(
        name: .customLong("task-hub"),
        help: ArgumentHelp(
            "Serve one more independent task hub with INSTANCES instances (default: --instances); repeatable.",
            valueName: "NAME[=INSTANCES]"
        )
    )
    var taskHubs: [String] = []

    @Option(
        name: .customLong("default-task-hub"),
        help: ArgumentHelp("Name of the hub requests without taskHub get.", valueName: "NAME")
    )
    var defaultTaskHub = SimulatedHost.Configuration().taskHub

    func validate() throws {
        guard timeScale > 0, timeScale.isFinite else {
            throw ValidationError("--time-scale must be a positive number.")
        }
        guard instances >= 0, instances <= 1_000_000 else {
            throw ValidationError("--instances must be between 0 and 1000000.")
        }
        guard (1...1000).contains(pageCap) else {
            throw ValidationError("--page-cap must be between 1 and 1000.")
        }
        guard scanBudget >= 1 else {
            throw ValidationError("--scan-budget must be 1 or more.")
        }
        if let arrivals, !(arrivals >= 0 && arrivals.isFinite) {
            throw ValidationError("--arrivals must be a number of 0 or more.")
        }
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be between 0 and 65535.")
        }
        _ = try additionalTaskHubs()
    }

    func run() async throws {
        var settings = SimulatedHost.Configuration()
        settings.host = host
        settings.port = port
        settings.key = try KeySource.read(keyFile: keyFile, environmentVariable: "DURABLETOP_SIM_KEY")
        settings.instances = instances
        settings.seed = seed
        settings.timeScale = timeScale
        settings.arrivalsPerMinute = arrivals
        settings.waitingWorkflows = !noWaitingWorkflows
        settings.pageCap = pageCap
        settings.scanBudget = scanBudget
        settings.entitiesInInstanceList = !noEntitiesInList
        settings.sendsEmptyContinuationToken = !omitEmptyToken
        settings.taskHub = defaultTaskHub
        settings.additionalTaskHubs = try additionalTaskHubs()
        let simulated = SimulatedHost(configuration: settings)
        let url = try await simulated.start()
        FileHandle.standardOutput.write(Data((url.absoluteString + "\n").utf8))
        await waitForTerminationSignal()
        await simulated.stop()
    }

    private func waitForTerminationSignal() async {
        let (signals, continuation) = AsyncStream.makeStream(of: Int32.self)
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            sources.append(source)
        }
        for await _ in signals {
            break
        }
        for source in sources {
            source.cancel()
        }
    }
}
