import HubKit

/// The last triage analysis with its rows indexed by their list ids, so drawing a page looks each row up directly.
public struct TriageRows: Sendable {
    /// The analysis as the hub kit computed it.
    public private(set) var analysis = HubAnalysis.empty
    /// Whether an analysis arrived since the rows last changed meaning (start, a new window or status filter).
    public private(set) var isAnalysed = false
    /// Failure clusters by key.
    private(set) var clusters: [FailureCluster.Key: FailureCluster] = [:]
    /// Attention items by instance id.
    private(set) var attention: [String: AttentionItem] = [:]
    /// Orchestrator rows by name.
    private(set) var orchestrators: [String: OrchestratorStats] = [:]

    /// No analysis yet.
    init() {}

    /// Indexes an analysis.
    init(_ analysis: HubAnalysis) {
        self.analysis = analysis
        isAnalysed = true
        for cluster in analysis.clusters {
            clusters[cluster.id] = cluster
        }
        for item in analysis.attention {
            attention[item.instanceID] = item
        }
        for stats in analysis.orchestrators {
            orchestrators[stats.name] = stats
        }
    }

    /// The ids of the instances in a cluster, or none when the cluster is gone.
    func members(of key: FailureCluster.Key) -> Set<String> {
        Set(clusters[key]?.instanceIDs ?? [])
    }
}
