import ArgumentParser
import DurableAPI
import Foundation
import HubKit

/// The options of every command that changes the host: the connection, `--read-only` and `--audit-log`.
struct ChangeOptions: ParsableArguments {
    @OptionGroup
    var hub: HubOptions

    @Flag(name: .customLong("read-only"), help: "Refuse to change the host: nothing is sent (exit 7).")
    var readOnly = false

    @Option(
        name: .customLong("audit-log"),
        help: "JSON-lines file every change is appended to (default $XDG_STATE_HOME/durabletop/audit.jsonl)."
    )
    var auditLog: String?

    /// Changes need a hub: `--url` or `--connection`.
    func validate() throws {
        try hub.validate()
    }
}

/// Runs a change to the host from the shell with the dashboard's safety: refused before anything is sent when
/// read-only or when `--yes` is missing for a bulk change; otherwise through the same paced bulk runner and
/// write-ahead audit log as the dashboard, with progress on stderr and one result line per target on stdout.
struct MutationRunner {
    /// The command name in messages.
    let command: String
    /// The connection, `--read-only` and `--audit-log`.
    let options: ChangeOptions

    /// Runs `request` on `targets` (none for a hub-wide change; `confirmed` is `--yes`), prints one result line per target and the
    /// summary, and answers the exit code.
    func run(_ request: ActionRequest, targets: [String], confirmed: Bool = false) async -> ExitStatus {
        switch await perform(request, targets: targets, confirmed: confirmed) {
        case .failure(let refusal):
            return refusal
        case .success(let progress):
            for row in progress.rows {
                let target = row.target.map { HostText.sanitized($0) } ?? request.action.title
                ShellReport.out(target + "\t" + HostText.sanitized(row.state.text))
            }
            ShellReport.problem(command, progress.summary)
            return Self.exitStatus(progress)
        }
    }

    /// Checks (`confirmed` is `--yes`, needed for more than one target or a purge by filter), audits and sends
    /// `request` through `executor` (made for the connection's client), with progress
    /// on stderr; answers the finished run, or the exit code of why nothing was sent.
    func perform(
        _ request: ActionRequest,
        targets: [String],
        confirmed: Bool = false,
        executor: (DurableClient) -> any ActionExecutor = { DurableClientExecutor(client: $0) }
    ) async -> Result<BulkProgress, ExitStatus> {
        let connection: HubConnection
        do {
            connection = try options.hub.connect(readOnly: options.readOnly)
        } catch {
            return .failure(ShellReport.failure(command, error))
        }
        guard let permit = MutationPermit.granted(readOnly: connection.readOnly) else {
            ShellReport.problem(command, "read-only: nothing was sent")
            return .failure(.refused)
        }
        if (targets.count > 1 || request.action == .purgeByFilter) && !confirmed {
            let what = targets.count > 1 ? "\(targets.count) targets" : "a purge by filter"
            ShellReport.problem(command, "\(what): add --yes to confirm; nothing was sent")
            return .failure(.refused)
        }
        let environment = ProcessInfo.processInfo.environment
        guard let auditPath = options.auditLog ?? AuditLog.defaultPath(environment: environment) else {
            ShellReport.problem(command, "no place for the audit log: set HOME or XDG_STATE_HOME, or give --audit-log")
            return .failure(.usage)
        }
        let endpoint = connection.client.endpoint
        let trail = AuditTrail(
            log: AuditLog(path: auditPath),
            endpointHost: endpoint.hostName,
            taskHub: endpoint.taskHub,
            operatorName: OperatorIdentity.current(),
            redaction: endpoint.redaction
        )
        let runner = BulkRunner(executor: executor(connection.client), permit: permit, audit: trail)
        let live = ShellReport.stderrIsTerminal ? LiveLine() : nil
        let progress = await runner.run(ActionPlan(request: request, targets: targets)) { progress in
            let counts = progress.counts
            live?.show("\(command): \(counts.done + counts.failed)/\(progress.rows.count) answered")
        }
        live?.clear()
        return .success(progress)
    }

    /// 0 when every target succeeded; 5 when the only failures are targets the host does not know; else 6.
    static func exitStatus(_ progress: BulkProgress) -> ExitStatus {
        var notFound = false
        for row in progress.rows {
            switch row.state {
            case .done:
                continue
            case .failed(let message) where message == ActionFailure.notFound:
                notFound = true
            default:
                return .hostError
            }
        }
        return notFound ? .notFound : .success
    }

    /// The ids given, with `-` read from stdin (one a line, blank lines skipped).
    static func targets(_ ids: [String]) -> [String] {
        var targets: [String] = []
        for id in ids {
            guard id == "-" else {
                targets.append(id)
                continue
            }
            while let line = readLine() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty {
                    targets.append(trimmed)
                }
            }
        }
        return targets
    }
}
