import ArgumentParser
import DurableAPI
import HubKit

/// What the commands that change instances by id share: the hub, `--read-only`, `--audit-log`, `--yes`, and the
/// ids (or `-`).
struct InstanceChangeArguments: ParsableArguments {
    @OptionGroup
    var change: ChangeOptions

    @Argument(help: "Instance ids; - reads them from stdin, one a line.")
    var ids: [String]

    @Flag(help: "Confirm a change to more than one target.")
    var yes = false

    /// Runs `request` on the ids, and exits with the outcome.
    func run(_ command: String, _ request: ActionRequest) async throws {
        let targets = MutationRunner.targets(ids)
        guard !targets.isEmpty else {
            throw ValidationError("No instance ids given.")
        }
        try await MutationRunner(command: command, options: change).run(request, targets: targets, confirmed: yes).end()
    }
}

/// The changes that take only ids and a reason, one subcommand each.
enum ReasonedChange: String, CaseIterable {
    /// `durabletop terminate ID…`.
    case terminate
    /// `durabletop suspend ID…`.
    case suspend
    /// `durabletop resume ID…`.
    case resume
    /// `durabletop rewind ID…`.
    case rewind

    /// One line for help.
    var summary: String {
        switch self {
        case .terminate: "Terminate instances"
        case .suspend: "Suspend instances"
        case .resume: "Resume suspended instances"
        case .rewind: "Rewind failed instances"
        }
    }

    /// What is sent for each id.
    func request(reason: String) -> ActionRequest {
        switch self {
        case .terminate: .terminate(reason: reason)
        case .suspend: .suspend(reason: reason)
        case .resume: .resume(reason: reason)
        case .rewind: .rewind(reason: reason)
        }
    }
}

/// A type naming one ``ReasonedChange``, so each change is its own subcommand type.
protocol ReasonedChangeName {
    /// The change.
    static var change: ReasonedChange { get }
}

/// A change to instances by id with a reason: `terminate`, `suspend`, `resume` or `rewind`, as `Name` says.
struct ReasonedChangeCommand<Name: ReasonedChangeName>: ShellCommand {
    static var name: String { Name.change.rawValue }
    static var summary: String { Name.change.summary + " (- reads ids from stdin; more than one needs --yes)." }

    @OptionGroup
    var arguments: InstanceChangeArguments

    @Option(help: "The reason the host records (default user@host).")
    var reason: String?

    func run() async throws {
        let request = Name.change.request(reason: reason ?? OperatorIdentity.current())
        try await arguments.run(Name.change.rawValue, request)
    }
}

/// `durabletop terminate`.
enum Terminate: ReasonedChangeName { static let change = ReasonedChange.terminate }
/// `durabletop suspend`.
enum Suspend: ReasonedChangeName { static let change = ReasonedChange.suspend }
/// `durabletop resume`.
enum Resume: ReasonedChangeName { static let change = ReasonedChange.resume }
/// `durabletop rewind`.
enum Rewind: ReasonedChangeName { static let change = ReasonedChange.rewind }

/// `durabletop restart ID…`.
struct RestartCommand: ShellCommand {
    static let name = "restart"
    static let summary =
        "Restart instances with their original input (- reads ids from stdin; more than one needs --yes)."

    @OptionGroup
    var arguments: InstanceChangeArguments

    @Flag(name: .customLong("new-instance-id"), help: "Give the restarted run a new instance id.")
    var newInstanceID = false

    func run() async throws {
        try await arguments.run("restart", .restart(newInstanceID: newInstanceID))
    }
}
