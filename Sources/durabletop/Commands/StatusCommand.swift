import ArgumentParser
import DurableAPI
import Foundation

/// The `status` subcommand: one look at a task hub (counts per runtime status over the last 24 h) or at one
/// instance, printed as plain, sanitized and redacted text.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Print instance counts per status (last 24 h), or one instance's status, and exit.",
        discussion: """
            The host key (the durabletask_extension system key) is read from --key-file or the DURABLETOP_KEY \
            environment variable, never from the command line. A code= value inside --url is used when \
            neither is given. --connection NAME takes the url, key file and task hub from the connections file.
            """
    )

    @Option(
        name: .long,
        help: "App URL, webhook base (…/runtime/webhooks/durabletask), a statusQueryGetUri, or check-status JSON."
    )
    var url: String?

    @Option(name: .customLong("key-file"), help: "File holding the host key (first line).")
    var keyFile: String?

    @OptionGroup
    var connectionOptions: ConnectionOptions

    @Flag(name: .long, help: "Do not verify the host's TLS certificate.")
    var insecure = false

    @Argument(help: "Show this instance instead of the hub's counts.")
    var instanceID: String?

    func validate() throws {
        try connectionOptions.validate(url: url)
        guard url != nil || connectionOptions.connection != nil else {
            throw ValidationError("Give --url URL or --connection NAME.")
        }
    }

    func run() async throws {
        let redaction = Redaction.standard
        do {
            let connection = try connectionOptions.selected()
            let endpoint = try HostTarget.resolve(connection: connection, url: url, keyFile: keyFile).endpoint
            let transport = CurlTransport(options: .init(insecure: insecure))
            let client = DurableClient(endpoint: endpoint, transport: transport)
            let lines: [String]
            if let instanceID {
                lines = Self.instanceLines(try await client.status(of: instanceID))
            } else {
                let since = Date().addingTimeInterval(-86_400)
                let query = InstanceQuery(createdFrom: since, showInput: false, pageSize: 1000)
                lines = Self.countLines(try await client.countInstances(query))
            }
            print(HostText.sanitized(endpoint.description))
            for line in lines {
                print(redaction.apply(line))
            }
        } catch {
            let message = HostText.sanitized(redaction.apply(String(describing: error)))
            FileHandle.standardError.write(Data("durabletop status: \(message)\n".utf8))
            throw ExitCode.failure
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

    /// Lines about one instance; every value from the host is sanitized.
    private static func instanceLines(_ state: InstanceState) -> [String] {
        let status = state.status
        let phase = state.isRunning ? "still running (HTTP 202)" : "finished (HTTP 200)"
        var lines = [
            "Instance  " + HostText.sanitized(status.instanceId),
            "Name      " + HostText.sanitized(status.name ?? "-"),
            "Status    " + HostText.sanitized(status.runtimeStatus.name) + ", " + phase,
            "Created   \(DurableDate.format(status.createdTime, style: .wholeSeconds))",
            "Updated   \(DurableDate.format(status.lastUpdatedTime, style: .wholeSeconds))",
        ]
        lines.append("Custom    " + shortJSON(status.customStatus))
        lines.append("Input     " + shortJSON(status.input))
        lines.append("Output    " + shortJSON(status.output))
        return lines
    }

    private static func shortJSON(_ value: JSONValue) -> String {
        HostText.sanitized(value.compactText, limit: 200)
    }
}
