import ArgumentParser
import DurableAPI

/// The `durabletop` command: a terminal dashboard for Durable Functions task hubs.
@main
struct Durabletop: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "durabletop",
        abstract: "A terminal dashboard for Azure Durable Functions task hubs.",
        version: DurableAPI.version,
        subcommands: [
            WatchCommand.self, StatusCommand.self,
            ListCommand.self, ShowCommand.self, WaitCommand.self, StartCommand.self, OpenCommand.self,
            ReasonedChangeCommand<Terminate>.self, ReasonedChangeCommand<Suspend>.self,
            ReasonedChangeCommand<Resume>.self, ReasonedChangeCommand<Rewind>.self, RestartCommand.self,
            PurgeCommand.self, RaiseCommand.self, SignalCommand.self,
            SimCommand.self,
        ],
        defaultSubcommand: WatchCommand.self
    )

    /// Makes sure a crash never waits for a key (``BacktraceSettings``), then parses the command line and runs the
    /// chosen command, as `AsyncParsableCommand` does.
    static func main() async {
        BacktraceSettings.ensureNonInteractive()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
