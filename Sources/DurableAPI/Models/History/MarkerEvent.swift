/// The members of an event whose only typed member is its timestamp: `ExecutionFailed` (unused by the runtime),
/// `OrchestratorStarted`/`OrchestratorCompleted` (removed by the extension) and `HistoryState` (whose
/// `OrchestrationState` snapshot stays in `raw`).
public struct MarkerEvent: HistoryEventDetails {
    /// Decodes nothing: the event has no typed members of its own.
    public init(json: JSONValue, at path: JSONPath) {}
}
