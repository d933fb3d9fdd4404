import Foundation

/// `TaskCompleted` or `SubOrchestrationInstanceCompleted`, enriched by the extension with the scheduling
/// event's time, name and input.
public struct CompletedWorkEvent: HistoryEventPayload {
    /// `Timestamp`: when it completed.
    public let timestamp: Date
    /// `FunctionName`: the activity or child orchestrator.
    public let functionName: String?
    /// `ScheduledTime`: when it was scheduled (offset form `+00:00` on UTC hosts).
    public let scheduledTime: Date?
    /// `Input` as raw JSON text.
    public let input: EmbeddedJSON?
    /// `Result` as parsed JSON; `nil` when absent (only sent with `showHistoryOutput=true`).
    public let result: JSONValue?
    /// The event as received.
    public let raw: JSONValue

    /// Decodes the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.timestamp = try reader.date("Timestamp")
        self.functionName = try reader.optionalString("FunctionName")
        self.scheduledTime = try reader.optionalDate("ScheduledTime")
        self.input = try reader.optionalEmbeddedJSON("Input")
        self.result = reader.member("Result")
        self.raw = json
    }
}

/// `TaskFailed` or `SubOrchestrationInstanceFailed`, enriched like `CompletedWorkEvent`.
public struct FailedWorkEvent: HistoryEventPayload {
    /// `Timestamp`: when it failed.
    public let timestamp: Date
    /// `FunctionName`: the activity or child orchestrator.
    public let functionName: String?
    /// `ScheduledTime`: when it was scheduled.
    public let scheduledTime: Date?
    /// `Input` as raw JSON text.
    public let input: EmbeddedJSON?
    /// `Reason`: the failure message (opaque text).
    public let reason: String?
    /// `Details`: more failure text, often serialized exception JSON (opaque text).
    public let details: String?
    /// `FailureDetails` (usually null for in-process apps).
    public let failureDetails: FailureDetails?
    /// The event as received.
    public let raw: JSONValue

    /// Decodes the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.timestamp = try reader.date("Timestamp")
        self.functionName = try reader.optionalString("FunctionName")
        self.scheduledTime = try reader.optionalDate("ScheduledTime")
        self.input = try reader.optionalEmbeddedJSON("Input")
        self.reason = try reader.optionalString("Reason")
        self.details = try reader.optionalString("Details")
        self.failureDetails = try reader.optionalDecode("FailureDetails")
        self.raw = json
    }
}
