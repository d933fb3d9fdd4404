import ArgumentParser

/// The `watch` subcommand.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "watch")

    func run() async throws {
        throw ValidationError("'watch' is not available in this build yet.")
    }
}
