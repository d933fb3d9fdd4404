import ArgumentParser
import DurableAPI
import Foundation
import HubKit

/// `durabletop start`: starts an orchestration and prints the check-status payload the host answers with, or
/// with `--wait` follows the new instance to its end.
struct StartCommand: ShellCommand {
    static let name = "start"
    static let summary = "Start an orchestration; print its check-status payload, or with --wait its outcome."
    static let details = """
        Posts to orchestrators/ORCHESTRATOR. The check-status payload is printed with every code= masked. \
        With --wait the new instance is followed like `durabletop wait`. A read-only connection or \
        --read-only refuses before anything is sent; the start goes to the audit log, as the dashboard's does.
        """

    @OptionGroup
    var change: ChangeOptions

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
        if input != nil && inputFile != nil {
            throw ValidationError("Give --input or --input-file, not both.")
        }
        if (follow.timeout != nil || follow.interval != nil) && !wait {
            throw ValidationError("--timeout and --interval go with --wait.")
        }
    }

    func run() async throws {
        let inputValue: JSONValue?
        do {
            inputValue = try readInput()
        } catch {
            throw ShellReport.failure("start", error).exitCode
        }
        var recorder: StartRecorder?
        let request = ActionRequest.start(name: orchestrator, instanceID: id, input: inputValue)
        let run = await MutationRunner(command: "start", options: change).perform(request, targets: []) { client in
            let made = StartRecorder(client: client)
            recorder = made
            return made
        }
        let progress: BulkProgress
        switch run {
        case .failure(let refusal):
            throw refusal.exitCode
        case .success(let finished):
            progress = finished
        }
        guard let recorder, let payload = recorder.payload else {
            ShellReport.problem("start", progress.rows.first?.state.text ?? "no answer")
            let exit = MutationRunner.exitStatus(progress)
            throw (exit == .success ? ExitStatus.hostError : exit).exitCode
        }
        if wait {
            let follower = InstanceFollower(command: "start", client: recorder.client, options: follow)
            try await follower.follow(payload.id, isNew: true).end()
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
