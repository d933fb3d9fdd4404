import Dashboard
import DurableAPI
import Foundation
import HubKit
import TerminalUI

extension WatchCommand {
    /// The runner of operator actions over `client`, appending to the audit log at `auditPath` with the
    /// endpoint's key redacted; `nil` in read-only mode, where no action can run.
    static func actionCoordinator(
        client: DurableClient,
        options: DashboardOptions,
        auditPath: String?
    ) -> ActionCoordinator? {
        guard let permit = MutationPermit.granted(readOnly: options.readOnly) else {
            return nil
        }
        let trail = auditPath.map { path in
            AuditTrail(
                log: AuditLog(path: path),
                endpointHost: options.endpointHost,
                taskHub: options.taskHub,
                operatorName: options.operatorName,
                redaction: client.endpoint.redaction
            )
        }
        return ActionCoordinator(
            executor: DebugCrash.wrap(DurableClientExecutor(client: client)),
            permit: permit,
            audit: trail,
            observer: { progress in CrashReport.setNote(CrashFile.note(for: progress, auditPath: auditPath)) }
        )
    }

    /// After the screen is gone: a run still going stops sending, the requests already sent get a few seconds to
    /// answer, and one line on standard error says what was left undone and where the audit log is.
    static func finishActions(_ actions: ActionCoordinator?, end: SessionEnd, auditPath: String?) async {
        guard let actions, let progress = await actions.shutdown(because: end.description, grace: .seconds(5))
        else {
            return
        }
        var line = "durabletop: \(progress.summary) (stopped: \(progress.stoppedBy ?? end.description))"
        if let auditPath {
            line += "; the audit log \(auditPath) names every target sent and not sent"
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
