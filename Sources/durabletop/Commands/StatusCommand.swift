import ArgumentParser

/// The `status` subcommand.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status")

    func run() async throws {
        throw ValidationError("'status' is not available in this build yet.")
    }
}
