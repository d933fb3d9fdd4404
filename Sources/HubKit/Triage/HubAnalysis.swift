/// What the triage views draw, computed from the held instances by ``HubAnalyzer``.
public struct HubAnalysis: Hashable, Sendable {
    /// Failure clusters, biggest first (then the most recent, then by orchestrator and message).
    public var clusters: [FailureCluster]
    /// Instances that need a human, most urgent first (see ``AttentionItem/isMoreUrgent(_:than:)``).
    public var attention: [AttentionItem]
    /// One row per orchestrator name, by name.
    public var orchestrators: [OrchestratorStats]

    /// Nothing to show.
    public static let empty = HubAnalysis(clusters: [], attention: [], orchestrators: [])
}
