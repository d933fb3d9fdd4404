import ArgumentParser
import DurableAPI
import Foundation

/// `durabletop start`: starts an orchestration and prints the check-status payload the host answers with, or
/// with `--wait` follows the new instance to its end.
struct StartCommand: ShellCommand {
    static let name = "start"
    static let summary = "Start an orchestration; print its check-status payload, or with --wait its outcome."
    static let details = """
        Posts to orchestrators/ORCHESTRATOR. The check-status payload is printed with every code= masked. \
        With --wait the new instance is followed like `durabletop wait`. A read-only connection or \
        --read-only refuses before anything is sent.
        """

    @OptionGroup
    var hub: HubOptions

    @Argument(help: "The orchestrator function's name.")
    var orchestrator: String

    @Option(help: "The new instance's id (the host picks one without it).")
    var id: String?

    @Option(help: "The input, as JSON.")
    var input: JSONArgument?

    @Option(name: .customLong("input-file"), help: "A file holding the input JSON (- for stdin).")
    var inputFile: String?

    @Flag(help: "Follow the new instance to its end and exit with its outcome.")
    var wait = false

    @OptionGroup
    var follow: FollowOptions

    func validate() throws {
        try hub.validate()
        if input != nil && inputFile != nil {
            throw ValidationError("Give --input or --input-file, not both.")
        }
        if (follow.timeout != nil || follow.interval != nil) && !wait {
            throw ValidationError("--timeout and --interval go with --wait.")
        }
    }

    func run() async throws {
        let connection: HubConnection
        let inputValue: JSONValue?
        do {
            connection = try hub.connect()
            inputValue = try readInput()
        } catch {
            throw ShellReport.failure("start", error).exitCode
        }
        if connection.readOnly {
            ShellReport.problem("start", "read-only: nothing was sent")
            throw ExitStatus.refused.exitCode
        }
        let result: StartResult
        do {
            result = try await connection.client.start(orchestrator: orchestrator, instanceID: id, input: inputValue)
        } catch {
            throw ShellReport.failure("start", error).exitCode
        }
        guard case .accepted(let payload) = result else {
            ShellReport.problem("start", "the host answered without a check-status payload")
            throw ExitStatus.hostError.exitCode
        }
        if wait {
            let follower = InstanceFollower(command: "start", client: connection.client, options: follow)
            try await follower.follow(payload.id).end()
            return
        }
        switch follow.output {
        case .json:
            ShellReport.out(ShellReport.jsonLine(payload.json))
        case .text:
            ShellReport.out("Started   " + HostText.sanitized(payload.id))
            ShellReport.out("Status    " + HostText.sanitized(Redaction.standard.apply(payload.statusQueryGetUri)))
        }
    }

    /// The input JSON from `--input` or `--input-file`, or `nil` for none.
    private func readInput() throws -> JSONValue? {
        guard let inputFile else {
            return input?.value
        }
        let data =
            inputFile == "-"
            ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: inputFile))
        do {
            return try JSONValue(parsing: String(decoding: data, as: UTF8.self))
        } catch {
            throw ValidationError("\(inputFile) is not valid JSON: \(error.description)")
        }
    }
}
