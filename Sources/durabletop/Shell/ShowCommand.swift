import ArgumentParser
import DurableAPI

/// `durabletop show`: one instance, and with `--history` its events.
struct ShowCommand: ShellCommand {
    static let name = "show"
    static let summary = "Print one instance (and with --history its events) as text or JSON."
    static let details = """
        ID is an instance id, or a pasted statusQueryGetUri, Location or check-status JSON (then --url is not \
        needed). Inputs are decoded and durable HTTP calls shown readably; keys, bearer tokens and \
        Authorization headers are masked in every format. -o json prints the status object as the host \
        returns it with showHistory=true (secrets masked), which `durabletop open` reads back.
        """

    @OptionGroup
    var hub: HubOptions

    @Argument(help: "The instance id, or a pasted status URL or check-status payload.")
    var target: String

    @Flag(help: "Include the history events.")
    var history = false

    @Option(name: [.short, .customLong("output")], help: "text or json.")
    var output = TextOrJSON.text

    func validate() throws {
        try hub.validate(allowingLink: true)
    }

    func run() async throws {
        let state: InstanceState
        do {
            let (client, instanceID) = try hub.connect(instance: target)
            let options = StatusOptions(showHistory: history, showHistoryOutput: history)
            state = try await client.status(of: instanceID, options: options)
        } catch {
            throw ShellReport.failure("show", error).exitCode
        }
        let status = state.status
        switch output {
        case .json:
            ShellReport.out(ShellReport.jsonLine(status.json))
        case .text:
            InstanceReport.lines(status, isRunning: state.isRunning).forEach(ShellReport.out)
            if let events = status.historyEvents {
                InstanceReport.historyLines(events, start: status.createdTime).forEach(ShellReport.out)
            }
        }
        try ExitStatus(outcome: status.runtimeStatus).end()
    }
}

/// `-o text|json`.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    /// Lines for people.
    case text
    /// JSON for programs.
    case json
}
