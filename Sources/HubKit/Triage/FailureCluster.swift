import Foundation

/// Failed instances of one orchestrator whose failure texts normalise to the same message.
public struct FailureCluster: Hashable, Sendable, Identifiable {
    /// What makes a cluster: the orchestrator name and the normalised failure message.
    public struct Key: Hashable, Sendable {
        /// The orchestrator name (``OrchestratorStats/unnamed`` when the host sent none).
        public var orchestrator: String
        /// The normalised failure message (``FailureMessage/missing`` when the instance had no failure text).
        public var message: String
    }

    /// The orchestrator and normalised message.
    public var id: Key
    /// The instances, newest failure first.
    public var instanceIDs: [String]
    /// The earliest `lastUpdatedTime` of the failures (when the first one failed).
    public var firstSeen: Date
    /// The latest `lastUpdatedTime` of the failures.
    public var lastSeen: Date
    /// The raw failure text of the newest failure; `nil` when it had none.
    public var sampleMessage: String?
    /// The failures over the window, by failure time.
    public var occurrences: Histogram

    /// How many instances failed this way.
    public var count: Int { instanceIDs.count }
    /// The orchestrator name.
    public var orchestrator: String { id.orchestrator }
    /// The normalised failure message.
    public var message: String { id.message }
}
