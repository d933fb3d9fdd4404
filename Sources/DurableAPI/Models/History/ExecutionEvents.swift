import Foundation

/// `ExecutionStarted`: the orchestration began (first event of every execution).
public struct ExecutionStartedEvent: HistoryEventDetails {
    /// `FunctionName`: the orchestrator (the extension moves `Name` here).
    public let functionName: String?
    /// `Input`: the orchestration input as JSON text (absent with `showInput=false` or before v2.9.0).
    public let input: EmbeddedJSON?
    /// `ScheduledStartTime`, when the start was scheduled for later.
    public let scheduledStartTime: Date?
    /// `Generation`: how many times the instance continued as new.
    public let generation: Int?

    /// Decodes this type's members of the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        let legacyName = try reader.optionalString("Name")
        self.functionName = try reader.optionalString("FunctionName") ?? legacyName
        self.input = try reader.optionalEmbeddedJSON("Input")
        self.scheduledStartTime = try reader.optionalDate("ScheduledStartTime")
        self.generation = try reader.optionalInt("Generation")
    }
}

/// `ExecutionCompleted`: the orchestration finished (Completed, Failed, …).
public struct ExecutionCompletedEvent: HistoryEventDetails {
    /// `OrchestrationStatus`, converted to a name by the extension (an integer is accepted too).
    public let orchestrationStatus: RuntimeStatus?
    /// `Result` as parsed JSON; `nil` when absent (only sent with `showHistoryOutput=true`).
    public let result: JSONValue?
    /// `FailureDetails`, for failures reported by out-of-process workers.
    public let failureDetails: FailureDetails?

    /// Decodes this type's members of the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.orchestrationStatus = try reader.optionalRuntimeStatus("OrchestrationStatus")
        self.result = reader.member("Result")
        self.failureDetails = try reader.optionalDecode("FailureDetails")
    }
}

/// `ExecutionTerminated`: someone terminated the instance.
public struct ExecutionTerminatedEvent: HistoryEventDetails {
    /// `Input`: the terminate reason as raw text (decoded when it is JSON).
    public let input: EmbeddedJSON?

    /// Decodes this type's members of the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.input = try reader.optionalEmbeddedJSON("Input")
    }
}

/// `ContinueAsNew`: the execution restarted itself. Passed through unconverted by the extension, so
/// `OrchestrationStatus` is an **integer** and `Result` a **raw string** (§6.1).
public struct ContinueAsNewEvent: HistoryEventDetails {
    /// `OrchestrationStatus` (sent as an integer; a name is accepted too).
    public let orchestrationStatus: RuntimeStatus?
    /// `Result`: the new input as raw JSON text (a non-string value is kept as its compact text).
    public let result: EmbeddedJSON?
    /// `FailureDetails`.
    public let failureDetails: FailureDetails?

    /// Decodes this type's members of the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.orchestrationStatus = try reader.optionalRuntimeStatus("OrchestrationStatus")
        switch reader.member("Result") {
        case nil, .null?:
            self.result = nil
        case .string(let text)?:
            self.result = EmbeddedJSON(raw: text)
        case let value?:
            self.result = EmbeddedJSON(encoding: value)
        }
        self.failureDetails = try reader.optionalDecode("FailureDetails")
    }
}

/// `ExecutionSuspended` or `ExecutionResumed`.
public struct ReasonEvent: HistoryEventDetails {
    /// `Reason` given to suspend/resume.
    public let reason: String?

    /// Decodes this type's members of the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.reason = try reader.optionalString("Reason")
    }
}

/// `ExecutionRewound`: a failed instance was rewound.
public struct ExecutionRewoundEvent: HistoryEventDetails {
    /// `Reason` given to rewind.
    public let reason: String?
    /// `ParentExecutionId`.
    public let parentExecutionId: String?
    /// `InstanceId`.
    public let instanceId: String?

    /// Decodes this type's members of the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.reason = try reader.optionalString("Reason")
        self.parentExecutionId = try reader.optionalString("ParentExecutionId")
        self.instanceId = try reader.optionalString("InstanceId")
    }
}
