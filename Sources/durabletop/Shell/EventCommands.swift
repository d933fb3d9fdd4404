import ArgumentParser
import DurableAPI
import HubKit

/// `durabletop raise ID EVENT [--data JSON]`.
struct RaiseCommand: ChangeCommand {
    static let name = "raise"
    static let summary = "Raise an external event on an instance."

    @OptionGroup
    var change: ChangeOptions

    @Argument(help: "The instance id.")
    var id: String

    @Argument(help: "The event name.")
    var event: String

    @Option(help: "The event's data, as JSON (default null).")
    var data: JSONArgument?

    var targets: [String] { [id] }
    var request: ActionRequest { .raiseEvent(name: event, payload: data?.value ?? .null) }
}

/// `durabletop signal ENTITY KEY OPERATION [--input JSON]`.
struct SignalCommand: ChangeCommand {
    static let name = "signal"
    static let summary = "Signal an operation to a durable entity."

    @OptionGroup
    var change: ChangeOptions

    @Argument(help: "The entity name.")
    var entity: String

    @Argument(help: "The entity key.")
    var key: String

    @Argument(help: "The operation name.")
    var operation: String

    @Option(help: "The operation's input, as JSON.")
    var input: JSONArgument?

    var targets: [String] { [EntityID(name: entity, key: key).instanceId] }
    var request: ActionRequest { .signal(operation: operation, input: input?.value) }
}
