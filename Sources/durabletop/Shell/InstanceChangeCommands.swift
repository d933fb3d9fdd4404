import ArgumentParser
import DurableAPI
import HubKit

/// What the commands that change instances by id share: the hub, `--yes`, `--audit-log`, the ids (or `-`), and
/// a reason.
struct InstanceChangeArguments: ParsableArguments {
    @OptionGroup
    var hub: HubOptions

    @OptionGroup
    var mutation: MutationOptions

    @Argument(help: "Instance ids; - reads them from stdin, one a line.")
    var ids: [String]

    @Option(help: "The reason the host records for terminate, suspend, resume and rewind (default user@host).")
    var reason: String?

    /// `--reason`, else `user@host`.
    var reasonText: String { reason ?? OperatorIdentity.current() }

    /// Runs `request` on the ids, and exits with the outcome.
    func run(_ command: String, _ request: ActionRequest) async throws {
        try hub.validate()
        let targets = MutationRunner.targets(ids)
        guard !targets.isEmpty else {
            throw ValidationError("No instance ids given.")
        }
        let exit = await MutationRunner(command: command, hub: hub, options: mutation).run(request, targets: targets)
        if exit != .success {
            throw exit.exitCode
        }
    }
}

/// `durabletop terminate ID…`.
struct TerminateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminate",
        abstract: "Terminate instances (more than one needs --yes).",
        discussion: "Exit codes:\n\(ExitStatus.helpText)"
    )

    @OptionGroup
    var arguments: InstanceChangeArguments

    func run() async throws {
        try await arguments.run("terminate", .terminate(reason: arguments.reasonText))
    }
}

/// `durabletop suspend ID…`.
struct SuspendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suspend",
        abstract: "Suspend instances (more than one needs --yes).",
        discussion: "Exit codes:\n\(ExitStatus.helpText)"
    )

    @OptionGroup
    var arguments: InstanceChangeArguments

    func run() async throws {
        try await arguments.run("suspend", .suspend(reason: arguments.reasonText))
    }
}

/// `durabletop resume ID…`.
struct ResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Resume suspended instances (more than one needs --yes).",
        discussion: "Exit codes:\n\(ExitStatus.helpText)"
    )

    @OptionGroup
    var arguments: InstanceChangeArguments

    func run() async throws {
        try await arguments.run("resume", .resume(reason: arguments.reasonText))
    }
}

/// `durabletop rewind ID…`.
struct RewindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rewind",
        abstract: "Rewind failed instances (more than one needs --yes).",
        discussion: "Exit codes:\n\(ExitStatus.helpText)"
    )

    @OptionGroup
    var arguments: InstanceChangeArguments

    func run() async throws {
        try await arguments.run("rewind", .rewind(reason: arguments.reasonText))
    }
}

/// `durabletop restart ID…`.
struct RestartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restart",
        abstract: "Restart instances with their original input (more than one needs --yes).",
        discussion: "Exit codes:\n\(ExitStatus.helpText)"
    )

    @OptionGroup
    var arguments: InstanceChangeArguments

    @Flag(name: .customLong("new-instance-id"), help: "Give the restarted run a new instance id.")
    var newInstanceID = false

    func run() async throws {
        try await arguments.run("restart", .restart(newInstanceID: newInstanceID))
    }
}
