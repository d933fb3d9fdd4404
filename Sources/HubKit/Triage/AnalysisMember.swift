import DurableAPI
import Foundation

/// What one instance adds to the analyses, as it was when added, so that it can be taken out exactly when the
/// instance changes or leaves.
struct AnalysisMember: Sendable {
    /// Where a failed instance counts: its cluster and its failure there.
    struct ClusterEntry: Sendable {
        /// The cluster.
        let slot: ClusterSlot
        /// The failure.
        let failure: ClusterTally.Failure
    }

    /// The number of its orchestrator name.
    let name: Int
    /// Its status.
    let status: RuntimeStatus
    /// When it was created.
    let created: Date
    /// How long it ran, when it Completed.
    let completedDuration: TimeInterval?
    /// Its cluster and failure, when it Failed.
    let cluster: ClusterEntry?
}
