import DurableAPI
import Foundation

/// What the API reports for one instance (§4.2), with raw JSON texts still unparsed.
struct InstanceSnapshot: Sendable {
    /// Orchestrator or entity name.
    var name: String
    /// Instance ID.
    var instanceId: String
    /// Stored status.
    var status: CoreOrchestrationStatus
    /// Input (raw JSON text).
    var input: String?
    /// Custom status (raw JSON text).
    var customStatus: String?
    /// Output (raw JSON text).
    var output: String?
    /// Creation time.
    var createdTime: Date
    /// Last update.
    var lastUpdatedTime: Date
    /// Transformed history events, when requested and available.
    var history: [JSONValue]?
}

extension InstanceRecord {
    /// The API view of this row (no history).
    var snapshot: InstanceSnapshot {
        var input = self.input
        var customStatus = self.customStatus
        if case .entity(_, let state) = kind {
            input = ProgramJSON.text(["exists": true, "state": .string(state), "sorter": [:]])
            customStatus = ProgramJSON.text(["entityExists": true])
        }
        return InstanceSnapshot(
            name: name,
            instanceId: instanceId,
            status: status,
            input: input,
            customStatus: customStatus,
            output: output,
            createdTime: createdTime,
            lastUpdatedTime: lastUpdatedTime,
            history: nil
        )
    }
}
