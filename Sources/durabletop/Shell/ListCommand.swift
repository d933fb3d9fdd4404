import ArgumentParser
import DurableAPI
import Foundation

/// `durabletop list`: pages through the hub's instances and prints them as a table, JSON, JSON lines or ids.
struct ListCommand: ShellCommand {
    /// The output formats of `list`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// Aligned columns on a terminal, tab-separated when piped.
        case table
        /// One JSON array (streamed).
        case json
        /// One JSON object a line, page by page.
        case jsonl
        /// One instance id a line, page by page.
        case ids
    }

    static let name = "list"
    static let summary = "List the hub's instances as a table, JSON, JSON lines or ids."
    static let details = """
        Pages through the host as it pages (x-ms-continuation-token). jsonl, json and ids stream page by \
        page in constant memory; table aligns its columns on a terminal and is tab-separated when piped. \
        Host control characters never reach the terminal: table and ids replace them, JSON escapes them. \
        Entity instances (@name@key) are left out unless --entities.
        """

    @OptionGroup
    var hub: HubOptions

    @Option(name: .customLong("status"), help: "Only this runtime status (repeat for several).")
    var statuses: [StatusArgument] = []

    @Option(help: "Only instances created within this long ago (90s, 10m, 1h, 2d).")
    var since: ShellDuration?

    @Option(help: "Only instances created at or after this time (2026-11-30T07:00:00Z).")
    var from: TimeArgument?

    @Option(help: "Only instances created at or before this time.")
    var to: TimeArgument?

    @Option(help: "Only instance ids starting with this text.")
    var prefix: String?

    @Option(help: "Only this orchestrator name (exact, any letter case).")
    var name: String?

    @Flag(name: .customLong("show-input"), help: "Ask the host for inputs too (costlier; shown in JSON).")
    var showInput = false

    @Flag(help: "Include entity instances (@name@key).")
    var entities = false

    @Option(name: [.short, .customLong("output")], help: "table, json, jsonl or ids.")
    var output = Format.table

    func validate() throws {
        try hub.validate()
        if since != nil && (from != nil || to != nil) {
            throw ValidationError("Give --since or --from/--to, not both.")
        }
    }

    func run() async throws {
        let query = InstanceQuery(
            createdFrom: since.map { Date().addingTimeInterval(-$0.seconds) } ?? from?.date,
            createdTo: to?.date,
            statuses: statuses.map(\.status),
            instanceIDPrefix: prefix,
            showInput: showInput
        )
        do {
            let client = try hub.connect().client
            var printer = InstanceListPrinter(format: output, aligned: ShellReport.stdoutIsTerminal)
            for try await page in client.instances(query) {
                printer.print(page.filter(wanted))
            }
            printer.finish()
        } catch {
            throw ShellReport.failure("list", error).exitCode
        }
    }

    /// Whether an instance passes the filters the host does not apply itself.
    private func wanted(_ instance: OrchestrationStatus) -> Bool {
        if instance.isEntity && !entities {
            return false
        }
        if let name, instance.name?.lowercased() != name.lowercased() {
            return false
        }
        return true
    }
}
