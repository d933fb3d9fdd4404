import Foundation

/// One row of the simulated instance table: what the API reports, plus what is needed to replay the history.
struct InstanceRecord: Sendable {
    /// Orchestration or entity specifics.
    enum Kind: Sendable {
        /// An orchestration: enough to re-synthesize its history (seed, original input, start time, input log).
        case orchestration(seed: UInt64, originalInput: String?, startAt: Date, parent: ParentLink?, log: [LoggedInput])
        /// A durable entity `@name@key` with its state (raw JSON text).
        case entity(key: String, state: String)
    }

    /// The instance ID (`@name@key` for entities).
    var instanceId: String
    /// Orchestrator name, or the lower-case entity name.
    var name: String
    /// Orchestration or entity specifics.
    var kind: Kind
    /// Creation time (for an entity: its first operation).
    var createdTime: Date
    /// Last change (for an entity: its last operation).
    var lastUpdatedTime: Date
    /// Stored status (entities are always Running).
    var status: CoreOrchestrationStatus
    /// Current input (raw JSON text).
    var input: String?
    /// Output (raw JSON text).
    var output: String?
    /// Custom status (raw JSON text).
    var customStatus: String?
    /// The execution ID written into raw history.
    var executionId: String

    /// Whether this row is a durable entity.
    var isEntity: Bool {
        if case .entity = kind {
            return true
        }
        return false
    }
}
