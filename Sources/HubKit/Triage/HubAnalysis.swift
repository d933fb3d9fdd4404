import Foundation

/// What the triage views draw, computed from the held instances by ``HubAnalyzer``.
public struct HubAnalysis: Hashable, Sendable {
    /// Failure clusters, biggest first (then the most recent, then by orchestrator and message).
    public var clusters: [FailureCluster]
    /// Instances that need a human, most urgent first (see ``AttentionItem/isMoreUrgent(_:than:)``).
    public var attention: [AttentionItem]
    /// One row per orchestrator name, by name.
    public var orchestrators: [OrchestratorStats]
    /// Instances that failed within ``recentFailureSpan`` of the analysis's time (the fleet overview's column).
    public var recentFailures: Int

    /// How far back ``recentFailures`` counts: one hour.
    public static let recentFailureSpan: TimeInterval = 3600

    /// Creates an analysis.
    public init(
        clusters: [FailureCluster],
        attention: [AttentionItem],
        orchestrators: [OrchestratorStats],
        recentFailures: Int = 0
    ) {
        self.clusters = clusters
        self.attention = attention
        self.orchestrators = orchestrators
        self.recentFailures = recentFailures
    }

    /// Nothing to show.
    public static let empty = HubAnalysis(clusters: [], attention: [], orchestrators: [])
}
