import ArgumentParser

/// The `sim` subcommand.
struct SimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sim")

    func run() async throws {
        throw ValidationError("'sim' is not available in this build yet.")
    }
}
