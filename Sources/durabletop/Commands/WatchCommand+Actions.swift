import Dashboard
import DurableAPI

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
        return ActionCoordinator(executor: DurableClientExecutor(client: client), permit: permit, audit: trail)
    }
}
