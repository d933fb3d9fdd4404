import ArgumentParser
import DurableAPI
import Foundation

/// The `status` subcommand: one look at a task hub (counts per runtime status over the last 24 h) or at one
/// instance (named as an argument, or by the pasted `--url`), printed as plain, sanitized and redacted text; with
/// `--all`, one look at every hub of the connections file (the fleet overview).
struct StatusCommand: ShellCommand {
    static let name = "status"
    static let summary =
        "Print instance counts per status (last 24 h), or one instance's status, or every hub's (--all), and exit."
    static let details = """
        The host key (the durabletask_extension system key) is read from --key-file or the DURABLETOP_KEY \
        environment variable, never from the command line. A code= value inside --url is used when \
        neither is given; a pasted instance status URL as --url prints that instance. --connection NAME takes \
        the url, key file and task hub from the connections file.

        --all looks at every hub of the connections file at once (each connection's key-file, else \
        DURABLETOP_KEY) and prints one row per hub, trouble first: counts per status, failures in the last \
        hour, instances needing attention, and ok or the problem (unreachable, key refused, throttled, not \
        found, host error), whose detail follows on stderr. It exits 6 when a hub could not be looked at, \
        else 8 when a hub has instances needing attention, else 0.
        """

    @OptionGroup
    var hub: HubOptions

    @Flag(help: "Look at every hub of the connections file (the fleet overview).")
    var all = false

    @Option(name: [.short, .customLong("output")], help: "The format of --all (default table).")
    var output: FleetReport.Format?

    @Argument(help: "Show this instance instead of the hub's counts.")
    var instanceID: String?

    func validate() throws {
        guard all else {
            guard output == nil else {
                throw ValidationError("-o is for --all; status of one hub or instance prints text.")
            }
            try hub.validate()
            return
        }
        if hub.url != nil || hub.connectionOptions.connection != nil || hub.keyFile != nil || instanceID != nil {
            throw ValidationError(
                "--all looks at every hub of the connections file, each with its own key file: "
                    + "leave out --url, --connection, --key-file and the instance id."
            )
        }
    }

    func run() async throws {
        if all {
            try await runAll()
            return
        }
        do {
            let connection = try hub.connect()
            let client = connection.client
            let lines: [String]
            if let instanceID = instanceID ?? connection.linkedInstanceID {
                let state = try await client.status(of: instanceID)
                lines = InstanceReport.lines(state.status, isRunning: state.isRunning)
            } else {
                let since = Date().addingTimeInterval(-86_400)
                let query = InstanceQuery(createdFrom: since, showInput: false, pageSize: 1000)
                lines = Self.countLines(try await client.countInstances(query))
            }
            ShellReport.out(HostText.sanitized(client.endpoint.description))
            lines.forEach(ShellReport.out)
        } catch {
            throw ShellReport.failure("status", error).exitCode
        }
    }

    /// Lines with the count per runtime status; unknown status names from the host are sanitized.
    private static func countLines(_ counts: InstanceCounts) -> [String] {
        var lines = ["Instances created in the last 24 h: \(counts.orchestrations) (pages fetched: \(counts.pages))"]
        for status in RuntimeStatus.allKnown {
            let count = counts.byStatus[status] ?? 0
            lines.append(countLine(status.name, count))
        }
        let unknown = counts.byStatus.filter { !RuntimeStatus.allKnown.contains($0.key) }
        for (status, count) in unknown.sorted(by: { $0.key.name < $1.key.name }) {
            lines.append(countLine(HostText.sanitized(status.name, limit: 40), count))
        }
        if counts.entities > 0 {
            lines.append("  (entity instances, not counted above: \(counts.entities))")
        }
        return lines
    }

    private static func countLine(_ name: String, _ count: Int) -> String {
        "  " + name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(count)
    }
}
