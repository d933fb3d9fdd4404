import ArgumentParser
import DurableAPI
import Foundation
import HubKit

/// `durabletop purge ID…` or `durabletop purge --from TIME [--to TIME] --status S… [--dry-run]`.
struct PurgeCommand: ShellCommand {
    static let name = "purge"
    static let summary = "Purge finished instances by id, or every instance a filter matches."
    static let details = """
        With ids, purges those instances (more than one needs --yes). Without ids, purges by filter: \
        --from and at least one --status are required, every purge by filter needs --yes, and --dry-run \
        counts what the filter matches on the host without purging.
        """

    @OptionGroup
    var change: ChangeOptions

    @Flag(help: "Confirm a purge of more than one id, or any purge by filter.")
    var yes = false

    @Argument(help: "Instance ids; - reads them from stdin, one a line.")
    var ids: [String] = []

    @Option(help: "Purge by filter: instances created at or after this time (2026-11-30T07:00:00Z).")
    var from: TimeArgument?

    @Option(help: "Purge by filter: instances created at or before this time.")
    var to: TimeArgument?

    @Option(name: .customLong("status"), help: "Purge by filter: this runtime status (repeat for several).")
    var statuses: [StatusArgument] = []

    @Flag(name: .customLong("dry-run"), help: "Count what the filter matches; purge nothing.")
    var dryRun = false

    func validate() throws {
        if ids.isEmpty {
            guard from != nil, !statuses.isEmpty else {
                throw ValidationError("Give instance ids, or --from TIME and --status S to purge by filter.")
            }
        } else if from != nil || to != nil || !statuses.isEmpty || dryRun {
            throw ValidationError("Give instance ids or a filter (--from, --to, --status, --dry-run), not both.")
        }
    }

    func run() async throws {
        let runner = MutationRunner(command: "purge", options: change)
        let exit: ExitStatus
        if let from {
            let filter = PurgeFilter(createdFrom: from.date, createdTo: to?.date, statuses: statuses.map(\.status))
            exit = dryRun ? await count(filter) : await runner.run(.purgeByFilter(filter), targets: [], confirmed: yes)
        } else {
            exit = await runner.run(.purge, targets: MutationRunner.targets(ids), confirmed: yes)
        }
        try exit.end()
    }

    /// Prints how many instances `filter` matches on the host.
    private func count(_ filter: PurgeFilter) async -> ExitStatus {
        do {
            let client = try change.hub.connect().client
            let count = try await DurableClientExecutor(client: client).count(matching: filter)
            ShellReport.out("\(count)")
            ShellReport.problem("purge", "dry run: \(count) instance\(count == 1 ? "" : "s") match; nothing was purged")
            return .success
        } catch {
            return ShellReport.failure("purge", error)
        }
    }
}
