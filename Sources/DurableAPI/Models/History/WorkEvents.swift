import Foundation

/// `TaskCompleted` or `SubOrchestrationInstanceCompleted` (its timestamp is when it completed), enriched by the
/// extension with the scheduling event's time, name and input.
public struct CompletedWorkEvent: HistoryEventDetails {
    /// `FunctionName`: the activity or child orchestrator.
    public let functionName: String?
    /// `ScheduledTime`: when it was scheduled (offset form `+00:00` on UTC hosts).
    public let scheduledTime: Date?
    /// `Input` as raw JSON text.
    public let input: EmbeddedJSON?
    /// `Result` as parsed JSON; `nil` when absent (only sent with `showHistoryOutput=true`).
    public let result: JSONValue?

    /// Decodes this type's members of the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.functionName = try reader.optionalString("FunctionName")
        self.scheduledTime = try reader.optionalDate("ScheduledTime")
        self.input = try reader.optionalEmbeddedJSON("Input")
        self.result = reader.member("Result")
    }
}

/// `TaskFailed` or `SubOrchestrationInstanceFailed` (its timestamp is when it failed), enriched like
/// `CompletedWorkEvent`.
public struct FailedWorkEvent: HistoryEventDetails {
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

    /// Decodes this type's members of the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.functionName = try reader.optionalString("FunctionName")
        self.scheduledTime = try reader.optionalDate("ScheduledTime")
        self.input = try reader.optionalEmbeddedJSON("Input")
        self.reason = try reader.optionalString("Reason")
        self.details = try reader.optionalString("Details")
        self.failureDetails = try reader.optionalDecode("FailureDetails")
    }
}
