import ArgumentParser
import DurableAPI
import HubKit

/// `durabletop raise ID EVENT [--data JSON]`.
struct RaiseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raise",
        abstract: "Raise an external event on an instance.",
        discussion: "Exit codes:\n\(ExitStatus.helpText)"
    )

    @OptionGroup
    var hub: HubOptions

    @OptionGroup
    var mutation: MutationOptions

    @Argument(help: "The instance id.")
    var id: String

    @Argument(help: "The event name.")
    var event: String

    @Option(help: "The event's data, as JSON (default null).")
    var data: String?

    func validate() throws {
        try hub.validate()
    }

    func run() async throws {
        let payload = try JSONArgument.parse(data, option: "--data")
        let runner = MutationRunner(command: "raise", hub: hub, options: mutation)
        let exit = await runner.run(.raiseEvent(name: event, payload: payload ?? .null), targets: [id])
        if exit != .success {
            throw exit.exitCode
        }
    }
}

/// `durabletop signal ENTITY KEY OPERATION [--input JSON]`.
struct SignalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signal",
        abstract: "Signal an operation to a durable entity.",
        discussion: "Exit codes:\n\(ExitStatus.helpText)"
    )

    @OptionGroup
    var hub: HubOptions

    @OptionGroup
    var mutation: MutationOptions

    @Argument(help: "The entity name.")
    var entity: String

    @Argument(help: "The entity key.")
    var key: String

    @Argument(help: "The operation name.")
    var operation: String

    @Option(help: "The operation's input, as JSON.")
    var input: String?

    func validate() throws {
        try hub.validate()
    }

    func run() async throws {
        let payload = try JSONArgument.parse(input, option: "--input")
        let target = EntityID(name: entity, key: key).instanceId
        let runner = MutationRunner(command: "signal", hub: hub, options: mutation)
        let exit = await runner.run(.signal(operation: operation, input: payload), targets: [target])
        if exit != .success {
            throw exit.exitCode
        }
    }
}

/// A JSON value given on the command line.
enum JSONArgument {
    /// Parses `text` (nil stays nil); a usage error names the option.
    static func parse(_ text: String?, option: String) throws -> JSONValue? {
        guard let text else {
            return nil
        }
        do {
            return try JSONValue(parsing: text)
        } catch {
            throw ValidationError("\(option) is not valid JSON: \(error.description)")
        }
    }
}
