extension HistoryEvent: JSONDecodable {
    /// Decodes one history event, dispatching on `EventType` (a name, or the number the provider uses before
    /// the extension converts it). Unknown types become `.unknown`; unknown keys are ignored.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        let typeValue = reader.value("EventType")
        let type: HistoryEventType?
        let typeText: String
        switch typeValue {
        case .string(let name):
            type = HistoryEventType(rawValue: name)
            typeText = name
        case .number(let number):
            type = number.intValue.flatMap { HistoryEventType(numericValue: $0) }
            typeText = number.literal
        default:
            throw JSONDecodingError.typeMismatch(
                at: path.appending(key: "EventType"),
                expected: "event type name or number",
                found: typeValue
            )
        }
        guard let type else {
            self = .unknown(eventType: typeText, raw: json)
            return
        }
        self = try HistoryEvent.decode(type, json: json, at: path)
    }

    private static func decode(
        _ type: HistoryEventType,
        json: JSONValue,
        at path: JSONPath
    ) throws(JSONDecodingError) -> HistoryEvent {
        switch type {
        case .executionStarted: .executionStarted(try ExecutionStartedEvent(json: json, at: path))
        case .executionCompleted: .executionCompleted(try ExecutionCompletedEvent(json: json, at: path))
        case .executionFailed: .executionFailed(try MarkerEvent(json: json, at: path))
        case .executionTerminated: .executionTerminated(try ExecutionTerminatedEvent(json: json, at: path))
        case .taskScheduled: .taskScheduled(try NamedEvent(json: json, at: path))
        case .taskCompleted: .taskCompleted(try CompletedWorkEvent(json: json, at: path))
        case .taskFailed: .taskFailed(try FailedWorkEvent(json: json, at: path))
        case .subOrchestrationInstanceCreated:
            .subOrchestrationInstanceCreated(try NamedEvent(json: json, at: path))
        case .subOrchestrationInstanceCompleted:
            .subOrchestrationInstanceCompleted(try CompletedWorkEvent(json: json, at: path))
        case .subOrchestrationInstanceFailed:
            .subOrchestrationInstanceFailed(try FailedWorkEvent(json: json, at: path))
        case .timerCreated: .timerCreated(try TimerEvent(json: json, at: path))
        case .timerFired: .timerFired(try TimerEvent(json: json, at: path))
        case .orchestratorStarted: .orchestratorStarted(try MarkerEvent(json: json, at: path))
        case .orchestratorCompleted: .orchestratorCompleted(try MarkerEvent(json: json, at: path))
        case .eventSent: .eventSent(try NamedEvent(json: json, at: path))
        case .eventRaised: .eventRaised(try NamedEvent(json: json, at: path))
        case .continueAsNew: .continueAsNew(try ContinueAsNewEvent(json: json, at: path))
        case .genericEvent: .genericEvent(try GenericHistoryEvent(json: json, at: path))
        case .historyState: .historyState(try MarkerEvent(json: json, at: path))
        case .executionSuspended: .executionSuspended(try ReasonEvent(json: json, at: path))
        case .executionResumed: .executionResumed(try ReasonEvent(json: json, at: path))
        case .executionRewound: .executionRewound(try ExecutionRewoundEvent(json: json, at: path))
        }
    }
}

extension HistoryEvent: JSONEncodable {
    /// The event's JSON exactly as received (`raw`).
    public var json: JSONValue {
        raw
    }
}
