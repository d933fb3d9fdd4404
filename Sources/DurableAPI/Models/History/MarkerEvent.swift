import Foundation

/// An event whose only typed member is its timestamp: `ExecutionFailed` (unused by the runtime),
/// `OrchestratorStarted`/`OrchestratorCompleted` (removed by the extension) and `HistoryState` (whose
/// `OrchestrationState` snapshot stays in `raw`).
public struct MarkerEvent: HistoryEventPayload {
    /// `Timestamp`.
    public let timestamp: Date
    /// The event as received.
    public let raw: JSONValue

    /// Decodes the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.timestamp = try reader.date("Timestamp")
        self.raw = json
    }
}
