import DurableAPI
import Foundation

/// One instance that needs a human, with the reason.
public struct AttentionItem: Hashable, Sendable, Identifiable {
    /// The instance id.
    public var instanceID: String
    /// The orchestrator name.
    public var orchestrator: String
    /// The runtime status when analysed.
    public var runtimeStatus: RuntimeStatus
    /// Why it is listed.
    public var reason: AttentionReason

    /// The instance id.
    public var id: String { instanceID }

    /// The time the reason counts from.
    public var since: Date { reason.since }

    /// The queue's order, most urgent first: by ``AttentionReason/rank``; among bursts the bigger burst first;
    /// then the longest waiting (earliest ``since``) first; then by instance id.
    public static func isMoreUrgent(_ first: AttentionItem, than second: AttentionItem) -> Bool {
        if first.reason.rank != second.reason.rank {
            return first.reason.rank < second.reason.rank
        }
        if case .burst(_, let firstCount, _, _) = first.reason, case .burst(_, let secondCount, _, _) = second.reason,
            firstCount != secondCount
        {
            return firstCount > secondCount
        }
        if first.since != second.since {
            return first.since < second.since
        }
        return first.instanceID < second.instanceID
    }
}
