import Foundation

/// What every typed history event payload carries: its timestamp and the event's JSON exactly as received
/// (the dashboard shows it in full on demand).
public protocol HistoryEventPayload: Sendable, Hashable, JSONDecodable {
    /// `Timestamp`: when the event was recorded (7 fraction digits on the host).
    var timestamp: Date { get }
    /// The whole event object as received, including keys the typed fields do not cover.
    var raw: JSONValue { get }
}

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
