import Foundation

extension HistoryEvent {
    /// The typed payload, or `nil` for `.unknown`.
    public var payload: (any HistoryEventPayload)? {
        switch self {
        case .executionStarted(let event): event
        case .executionCompleted(let event): event
        case .executionTerminated(let event): event
        case .taskScheduled(let event), .subOrchestrationInstanceCreated(let event), .eventSent(let event),
            .eventRaised(let event):
            event
        case .taskCompleted(let event), .subOrchestrationInstanceCompleted(let event): event
        case .taskFailed(let event), .subOrchestrationInstanceFailed(let event): event
        case .timerCreated(let event), .timerFired(let event): event
        case .continueAsNew(let event): event
        case .genericEvent(let event): event
        case .executionSuspended(let event), .executionResumed(let event): event
        case .executionRewound(let event): event
        case .executionFailed(let event), .orchestratorStarted(let event), .orchestratorCompleted(let event),
            .historyState(let event):
            event
        case .unknown: nil
        }
    }

    /// The event type, or `nil` for `.unknown`.
    public var type: HistoryEventType? {
        guard case .unknown = self else {
            return HistoryEventType(rawValue: eventTypeName)
        }
        return nil
    }

    /// The `EventType` as text (`TaskCompleted`, or whatever an unknown event carried).
    public var eventTypeName: String {
        switch self {
        case .executionStarted: HistoryEventType.executionStarted.rawValue
        case .executionCompleted: HistoryEventType.executionCompleted.rawValue
        case .executionFailed: HistoryEventType.executionFailed.rawValue
        case .executionTerminated: HistoryEventType.executionTerminated.rawValue
        case .taskScheduled: HistoryEventType.taskScheduled.rawValue
        case .taskCompleted: HistoryEventType.taskCompleted.rawValue
        case .taskFailed: HistoryEventType.taskFailed.rawValue
        case .subOrchestrationInstanceCreated: HistoryEventType.subOrchestrationInstanceCreated.rawValue
        case .subOrchestrationInstanceCompleted: HistoryEventType.subOrchestrationInstanceCompleted.rawValue
        case .subOrchestrationInstanceFailed: HistoryEventType.subOrchestrationInstanceFailed.rawValue
        case .timerCreated: HistoryEventType.timerCreated.rawValue
        case .timerFired: HistoryEventType.timerFired.rawValue
        case .orchestratorStarted: HistoryEventType.orchestratorStarted.rawValue
        case .orchestratorCompleted: HistoryEventType.orchestratorCompleted.rawValue
        case .eventSent: HistoryEventType.eventSent.rawValue
        case .eventRaised: HistoryEventType.eventRaised.rawValue
        case .continueAsNew: HistoryEventType.continueAsNew.rawValue
        case .genericEvent: HistoryEventType.genericEvent.rawValue
        case .historyState: HistoryEventType.historyState.rawValue
        case .executionSuspended: HistoryEventType.executionSuspended.rawValue
        case .executionResumed: HistoryEventType.executionResumed.rawValue
        case .executionRewound: HistoryEventType.executionRewound.rawValue
        case .unknown(let eventType, _): eventType
        }
    }

    /// The event's JSON as received.
    public var raw: JSONValue {
        switch self {
        case .unknown(_, let raw): raw
        default: payload?.raw ?? .null
        }
    }

    /// `Timestamp`; for unknown events, their `Timestamp` member when it parses.
    public var timestamp: Date? {
        if let payload {
            return payload.timestamp
        }
        return raw["Timestamp"]?.stringValue.flatMap(DurableDate.parse)
    }

    /// The name to show for the event: the orchestrator, activity or child (`FunctionName`), the external
    /// event's name, or the scheduled work's `Name`; `nil` for events without one.
    public var name: String? {
        switch self {
        case .executionStarted(let event): event.functionName
        case .taskScheduled(let event), .subOrchestrationInstanceCreated(let event), .eventSent(let event),
            .eventRaised(let event):
            event.name
        case .taskCompleted(let event), .subOrchestrationInstanceCompleted(let event): event.functionName
        case .taskFailed(let event), .subOrchestrationInstanceFailed(let event): event.functionName
        case .unknown(_, let raw): raw["FunctionName"]?.stringValue ?? raw["Name"]?.stringValue
        default: nil
        }
    }

    /// The event's `Input` (raw JSON text, decoded when possible), when it has one.
    public var input: EmbeddedJSON? {
        switch self {
        case .executionStarted(let event): event.input
        case .executionTerminated(let event): event.input
        case .taskScheduled(let event), .subOrchestrationInstanceCreated(let event), .eventSent(let event),
            .eventRaised(let event):
            event.input
        case .taskCompleted(let event), .subOrchestrationInstanceCompleted(let event): event.input
        case .taskFailed(let event), .subOrchestrationInstanceFailed(let event): event.input
        default: nil
        }
    }

    /// The event's `Result` as JSON, when present (ContinueAsNew's raw string is decoded when it holds JSON).
    public var result: JSONValue? {
        switch self {
        case .executionCompleted(let event): event.result
        case .taskCompleted(let event), .subOrchestrationInstanceCompleted(let event): event.result
        case .continueAsNew(let event): event.result?.value
        default: nil
        }
    }

    /// Whether the event reports a failure: `TaskFailed`, `SubOrchestrationInstanceFailed`, `ExecutionFailed`,
    /// or `ExecutionCompleted` with status Failed.
    public var isFailure: Bool {
        switch self {
        case .taskFailed, .subOrchestrationInstanceFailed, .executionFailed: true
        case .executionCompleted(let event): event.orchestrationStatus == .failed
        default: false
        }
    }
}
