import HubKit

/// What the instances table is narrowed to when a triage view opened it: one failure cluster, or one
/// orchestrator. The title names it; Esc returns to the view that opened it.
public enum InstanceScope: Hashable, Sendable {
    /// The Failed instances of one failure cluster, as the latest analysis groups them.
    case cluster(FailureCluster.Key)
    /// Every instance of one orchestrator name.
    case orchestrator(String)

    /// What the scope is, in a word.
    public var noun: String {
        switch self {
        case .cluster: "cluster"
        case .orchestrator: "orchestrator"
        }
    }

    /// The title bar's words for the scope.
    public var title: String {
        switch self {
        case .cluster(let key): "cluster \(key.orchestrator): \(key.message)"
        case .orchestrator(let name): "orchestrator \(name)"
        }
    }
}
