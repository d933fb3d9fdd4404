import ArgumentParser
import HubKit

/// A shell twin command: its name, one-line summary and details make its help, followed by the exit codes.
protocol ShellCommand: AsyncParsableCommand {
    /// The subcommand's name.
    static var name: String { get }
    /// One line for help.
    static var summary: String { get }
    /// More help, before the exit codes (none by default).
    static var details: String { get }
}

extension ShellCommand {
    /// No more help than the summary.
    static var details: String { "" }

    /// The name, the summary, and the details with the exit codes.
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: name, abstract: summary, discussion: ExitStatus.documented(details))
    }
}

/// A shell command that changes the host: it names its targets and the request, and runs them through the
/// ``MutationRunner`` with the dashboard's safety.
protocol ChangeCommand: ShellCommand {
    /// The connection, `--yes` and `--audit-log`.
    var change: ChangeOptions { get }
    /// The instances or entities changed.
    var targets: [String] { get }
    /// What is sent for each target.
    var request: ActionRequest { get }
}

extension ChangeCommand {
    /// Sends ``request`` to every target and exits with the outcome.
    func run() async throws {
        try await MutationRunner(command: Self.name, options: change).run(request, targets: targets).end()
    }
}
