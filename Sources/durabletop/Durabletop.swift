import ArgumentParser
import DurableAPI

/// The `durabletop` command: a terminal dashboard for Durable Functions task hubs.
@main
struct Durabletop: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "durabletop",
        abstract: "A terminal dashboard for Azure Durable Functions task hubs.",
        version: DurableAPI.version,
        subcommands: [WatchCommand.self, StatusCommand.self, SimCommand.self],
        defaultSubcommand: WatchCommand.self
    )
}
