import DurableAPI
import Foundation

/// Gathers the attention queue during a pass over the rows.
///
/// Pending and Suspended instances are judged as they come. A Running or ContinuedAsNew instance can only be
/// judged once its orchestrator's p95 is known, after the pass; as the limit is never below the stalled floor, only
/// instances already past the floor are kept for that.
struct AttentionQueue {
    /// The limits.
    let thresholds: AttentionThresholds
    /// The time ages are measured to.
    let now: Date
    /// The items decided so far.
    private var items: [AttentionItem] = []
    /// Running and ContinuedAsNew instances past the stalled floor, waiting for their orchestrator's p95.
    private var stalledCandidates: [AttentionItem] = []

    /// An empty queue.
    init(thresholds: AttentionThresholds, now: Date) {
        self.thresholds = thresholds
        self.now = now
    }

    /// Judges an instance of the orchestrator `name`; healthy instances and finished ones are not kept.
    mutating func consider(_ instance: OrchestrationStatus, name: String) {
        let reason: AttentionReason
        let quiet = now.timeIntervalSince(instance.lastUpdatedTime)
        switch instance.runtimeStatus {
        case .pending where now.timeIntervalSince(instance.createdTime) > thresholds.pending:
            reason = .pending(createdAt: instance.createdTime)
        case .suspended where quiet > thresholds.suspended:
            reason = .suspended(since: instance.lastUpdatedTime)
        case .running where quiet > thresholds.stalledFloor, .continuedAsNew where quiet > thresholds.stalledFloor:
            stalledCandidates.append(
                AttentionItem(
                    instanceID: instance.instanceId,
                    orchestrator: name,
                    runtimeStatus: instance.runtimeStatus,
                    reason: .stalled(lastUpdate: instance.lastUpdatedTime, usualP95: nil)
                )
            )
            return
        default:
            return
        }
        items.append(
            AttentionItem(
                instanceID: instance.instanceId,
                orchestrator: name,
                runtimeStatus: instance.runtimeStatus,
                reason: reason
            )
        )
    }

    /// Adds items decided elsewhere (bursts of failures).
    mutating func add(_ more: [AttentionItem]) {
        items += more
    }

    /// The queue, most urgent first, once the stalled candidates are judged against their orchestrators' p95.
    func finished(p95: (String) -> TimeInterval?) -> [AttentionItem] {
        var all = items
        for candidate in stalledCandidates {
            let usual = p95(candidate.orchestrator)
            let quiet = now.timeIntervalSince(candidate.since)
            if quiet > thresholds.stalledLimit(p95: usual) {
                var item = candidate
                item.reason = .stalled(lastUpdate: candidate.since, usualP95: usual)
                all.append(item)
            }
        }
        let order = all.indices.sorted { AttentionItem.isMoreUrgent(all[$0], than: all[$1]) }
        return order.map { all[$0] }
    }
}
