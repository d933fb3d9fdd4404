import DurableAPI

/// What the API reports for one instance (§4.2), with raw JSON texts still unparsed.
struct InstanceSnapshot: Sendable {
    /// The instance's row as the API shows it (an entity's input and custom status in their reported form).
    var record: InstanceRecord
    /// Transformed history events, when requested and available.
    var history: [JSONValue]?
}

extension InstanceRecord {
    /// The API view of this row (no history).
    var snapshot: InstanceSnapshot {
        var reported = self
        if case .entity(_, let state) = kind {
            reported.input = ProgramJSON.text(["exists": true, "state": .string(state), "sorter": [:]])
            reported.customStatus = ProgramJSON.text(["entityExists": true])
        }
        return InstanceSnapshot(record: reported, history: nil)
    }
}
