import ConfigFiles
import Foundation
import HubKit

extension StatusCommand {
    /// `status --all`: looks at every hub of the connections file at once, prints the rows and exits with
    /// ``ExitStatus/init(overview:)``.
    func runAll() async throws {
        let targets: [(hub: FleetHub, target: HostTarget)]
        do {
            let file = try hub.connectionOptions.load()
            guard !file.hubs.isEmpty else {
                throw ConfigFileError(file: file.file, message: "no [connections.NAME] entries to look at")
            }
            targets = try file.hubs.map { ($0, try HostTarget.resolve(hub: $0, url: nil, keyFile: nil)) }
        } catch {
            throw ShellReport.failure(Self.name, error).exitCode
        }
        let looks = targets.map { HubLook(client: hub.client(for: $0.target), thresholds: $0.hub.connection.attention) }
        let summaries = await HubLook.summaries(looks, now: Date())
        let rows = zip(targets, summaries).map {
            FleetStatusRow(hub: $0.hub, host: $0.target.endpoint.hostName, summary: $1)
        }
        FleetReport.print(rows, format: output ?? .table, aligned: ShellReport.stdoutIsTerminal)
        try ExitStatus(overview: summaries).end()
    }
}
