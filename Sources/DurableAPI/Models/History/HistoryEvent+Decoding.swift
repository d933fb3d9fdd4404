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
        case .executionStarted: .executionStarted(try HistoryRecord(json: json, at: path))
        case .executionCompleted: .executionCompleted(try HistoryRecord(json: json, at: path))
        case .executionFailed: .executionFailed(try HistoryRecord(json: json, at: path))
        case .executionTerminated: .executionTerminated(try HistoryRecord(json: json, at: path))
        case .taskScheduled: .taskScheduled(try HistoryRecord(json: json, at: path))
        case .taskCompleted: .taskCompleted(try HistoryRecord(json: json, at: path))
        case .taskFailed: .taskFailed(try HistoryRecord(json: json, at: path))
        case .subOrchestrationInstanceCreated:
            .subOrchestrationInstanceCreated(try HistoryRecord(json: json, at: path))
        case .subOrchestrationInstanceCompleted:
            .subOrchestrationInstanceCompleted(try HistoryRecord(json: json, at: path))
        case .subOrchestrationInstanceFailed:
            .subOrchestrationInstanceFailed(try HistoryRecord(json: json, at: path))
        case .timerCreated: .timerCreated(try HistoryRecord(json: json, at: path))
        case .timerFired: .timerFired(try HistoryRecord(json: json, at: path))
        case .orchestratorStarted: .orchestratorStarted(try HistoryRecord(json: json, at: path))
        case .orchestratorCompleted: .orchestratorCompleted(try HistoryRecord(json: json, at: path))
        case .eventSent: .eventSent(try HistoryRecord(json: json, at: path))
        case .eventRaised: .eventRaised(try HistoryRecord(json: json, at: path))
        case .continueAsNew: .continueAsNew(try HistoryRecord(json: json, at: path))
        case .genericEvent: .genericEvent(try HistoryRecord(json: json, at: path))
        case .historyState: .historyState(try HistoryRecord(json: json, at: path))
        case .executionSuspended: .executionSuspended(try HistoryRecord(json: json, at: path))
        case .executionResumed: .executionResumed(try HistoryRecord(json: json, at: path))
        case .executionRewound: .executionRewound(try HistoryRecord(json: json, at: path))
        }
    }
}

extension HistoryEvent: JSONEncodable {
    /// The event's JSON exactly as received (`raw`).
    public var json: JSONValue {
        raw
    }
}
