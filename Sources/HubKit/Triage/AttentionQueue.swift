import DurableAPI
import Foundation

/// Decides whether a waiting instance (Pending, Running, ContinuedAsNew, Suspended) needs attention.
struct AttentionQueue {
    /// The p95 of completed runs per orchestrator name.
    private let p95ByName: [String: TimeInterval]
    /// The limits.
    private let thresholds: AttentionThresholds
    /// The time ages are measured to.
    private let now: Date

    /// A queue judging against the orchestrators' statistics.
    init(stats: [OrchestratorStats], thresholds: AttentionThresholds, now: Date) {
        var p95ByName: [String: TimeInterval] = [:]
        for row in stats {
            p95ByName[row.name] = row.p95
        }
        self.p95ByName = p95ByName
        self.thresholds = thresholds
        self.now = now
    }

    /// The item for an instance past its limit, or `nil` when it is healthy (or not a waiting status).
    func item(for instance: OrchestrationStatus) -> AttentionItem? {
        let name = instance.name ?? OrchestratorStats.unnamed
        let reason: AttentionReason
        switch instance.runtimeStatus {
        case .pending:
            guard now.timeIntervalSince(instance.createdTime) > thresholds.pending else {
                return nil
            }
            reason = .pending(createdAt: instance.createdTime)
        case .running, .continuedAsNew:
            let p95 = p95ByName[name]
            guard now.timeIntervalSince(instance.lastUpdatedTime) > thresholds.stalledLimit(p95: p95) else {
                return nil
            }
            reason = .stalled(lastUpdate: instance.lastUpdatedTime, usualP95: p95)
        case .suspended:
            guard now.timeIntervalSince(instance.lastUpdatedTime) > thresholds.suspended else {
                return nil
            }
            reason = .suspended(since: instance.lastUpdatedTime)
        default:
            return nil
        }
        return AttentionItem(
            instanceID: instance.instanceId,
            orchestrator: name,
            runtimeStatus: instance.runtimeStatus,
            reason: reason
        )
    }
}
