import ArgumentParser
import Dashboard
import DurableAPI
import DurableHostSim
import Foundation
import HubKit
import ScreenKit
import TerminalUI

/// The `watch` subcommand, and the default one: the live dashboard.
///
/// `durabletop --demo` watches an in-process simulated hub; `durabletop --url URL` or `durabletop -c NAME` (a named
/// connection) watches a real host. A pasted instance link (`statusQueryGetUri`, `Location`, a check-status
/// payload) as `--url` opens that instance's detail, with the hub's list behind it. The key comes from `DURABLETOP_KEY` or a key file, never from a plain option.
/// Errors before the screen starts are printed plainly (redacted) with a non-zero exit; errors afterwards are shown
/// by the dashboard itself.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch a task hub live (the default command).",
        discussion: """
            The host key is read from the environment variable DURABLETOP_KEY or from --key-file. \
            Keys: ? shows every binding of the current view; :q quits; Ctrl-Z suspends. NO_COLOR=1 or \
            --no-color paint without colour; a non-UTF-8 locale or --ascii draws with ASCII only. ESCDELAY \
            (milliseconds, default 25) sets how long Esc waits for the rest of a key sequence.
            """
    )

    @OptionGroup
    var hub: HubOptions

    @Flag(help: "Start a simulated, lively host in-process on a free loopback port and watch it.")
    var demo = false

    @Flag(
        help: """
            Open the fleet overview of every hub in the connections file (with --demo, a small simulated fleet). \
            It also opens when neither --url nor --connection is given and the file has several hubs.
            """
    )
    var all = false

    @Option(help: "Seconds between refreshes.")
    var refresh = 5

    @OptionGroup
    var screen: ScreenOptions

    @OptionGroup(title: "Attention thresholds (:attention)")
    var attention: AttentionOptions

    @Flag(name: .customLong("read-only"), help: "Disable every management action (terminate, purge, ...).")
    var readOnly = false

    @Option(
        name: .customLong("audit-log"),
        help: "JSON-lines file every action is appended to (default $XDG_STATE_HOME/durabletop/audit.jsonl)."
    )
    var auditLog: String?

    func validate() throws {
        try hub.validate(allowingLink: true)
        let named = hub.url != nil || hub.connectionOptions.connection != nil
        guard !(demo && named) else {
            throw ValidationError("Give either --url URL, --connection NAME or --demo.")
        }
        guard !(all && named) else {
            throw ValidationError("--all watches every hub of the connections file: give it without --url or -c.")
        }
        guard (1...3600).contains(refresh) else {
            throw ValidationError("--refresh must be between 1 and 3600 seconds.")
        }
    }

    /// `--audit-log`, else the default audit log path; `nil` only for a read-only session without either.
    /// - Throws: `ValidationError` when a session with actions has nowhere to log them.
    func auditPath(readOnly: Bool, environment: [String: String]) throws -> String? {
        let path = auditLog ?? AuditLog.defaultPath(environment: environment)
        guard path != nil || readOnly else {
            throw ValidationError(
                "No place for the audit log: set HOME or XDG_STATE_HOME, give --audit-log, or use --read-only."
            )
        }
        return path
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let choice = try screen.choose(environment: environment)
        let plan = try plan()
        let auditPath = try auditPath(readOnly: plan.isReadOnly(commandLineFlag: readOnly), environment: environment)
        let session = try TerminalSession(options: TerminalOptions(colorsAllowed: choice.colorsAllowed))
        let (targets, demoHost) = try await targets(of: plan)
        let waker = session.waker
        let names = targets.compactMap(\.name)
        let gates = HostGates(base: .seconds(refresh))
        var hubs: [WatchedHub] = []
        for watched in targets {
            hubs.append(
                try watchedHub(
                    watched.target,
                    name: watched.name,
                    fleet: names,
                    choice: choice,
                    auditPath: auditPath,
                    gate: gates.gate(for: watched.target.endpoint.hostName),
                    onRedraw: { waker.wake() }
                )
            )
        }
        CrashFile.arm(environment: environment, auditPath: auditPath)
        let app: any WatchedApplication
        if names.isEmpty {
            app = hubs[0].app
        } else {
            let overview = DashboardOptions(
                endpointHost: "fleet",
                refreshInterval: .seconds(refresh),
                asciiOnly: choice.asciiOnly,
                theme: choice.theme,
                clipboard: choice.clipboard,
                fleet: names
            )
            app = FleetApp(hubs: hubs.map(\.app), options: overview)
        }
        app.start()
        let end: SessionEnd
        do {
            end = try await Self.runOnDedicatedThread {
                try session.run(app, theme: choice.theme)
            }
        } catch {
            app.stop()
            throw error
        }
        for hub in hubs {
            await Self.finishActions(hub.actions, end: end, auditPath: auditPath)
        }
        await app.shutDown()
        await demoHost?.stop()
        if let signalNumber = end.signalNumber {
            TerminalSession.terminate(bySignal: signalNumber)
        }
    }
}
