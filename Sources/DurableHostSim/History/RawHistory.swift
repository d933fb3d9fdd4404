import DurableAPI
import Foundation

/// Serializes raw history events the way DurableTask.Core's storage provider hands them to the extension:
/// Newtonsoft with default settings, `EventType`/`OrchestrationStatus` as integers, every data member present.
enum RawHistory {
    /// The raw JSON objects of `events`, for instance `instanceId` and execution `executionId`.
    static func json(_ events: [CoreHistoryEvent], instanceId: String, executionId: String) -> [JSONValue] {
        events.map { json($0, instanceId: instanceId, executionId: executionId) }
    }

    /// The raw JSON object of one event.
    static func json(_ event: CoreHistoryEvent, instanceId: String, executionId: String) -> JSONValue {
        let type = JSONValue.number(JSONNumber(CoreHistoryEventNames.value(of: event.kind)))
        var members: [(String, JSONValue)] = []
        switch event.kind {
        case .executionStarted(let name, let input, let parentInstanceId):
            members = [
                ("OrchestrationInstance", ["InstanceId": .string(instanceId), "ExecutionId": .string(executionId)]),
                ("EventType", type),
                (
                    "ParentInstance",
                    parentInstanceId.map { ["OrchestrationInstance": ["InstanceId": .string($0)]] } ?? .null
                ),
                ("Name", .string(name)), ("Version", ""), ("Input", text(input)), ("Tags", .null),
                ("Correlation", .null), ("ParentTraceContext", .null), ("ScheduledStartTime", .null),
                ("Generation", 0),
            ]
        case .executionCompleted(let status, let result):
            members = [
                ("EventType", type), ("OrchestrationStatus", .number(JSONNumber(status.rawValue))),
                ("Result", text(result)), ("FailureDetails", .null),
            ]
        case .continueAsNew(let result):
            members = [
                ("EventType", type),
                ("OrchestrationStatus", .number(JSONNumber(CoreOrchestrationStatus.continuedAsNew.rawValue))),
                ("Result", text(result)), ("FailureDetails", .null),
            ]
        case .executionTerminated(let input):
            members = [("EventType", type), ("Input", text(input))]
        case .taskScheduled(let name, let input):
            members = [
                ("EventType", type), ("Name", .string(name)), ("Version", ""), ("Input", text(input)),
                ("ParentTraceContext", .null), ("Tags", .null),
            ]
        case .taskCompleted(let scheduledId, let result), .subOrchestrationCompleted(let scheduledId, let result):
            members = [
                ("EventType", type), ("TaskScheduledId", .number(JSONNumber(scheduledId))), ("Result", text(result)),
            ]
        case .taskFailed(let scheduledId, let reason, let details),
            .subOrchestrationFailed(let scheduledId, let reason, let details):
            members = [
                ("EventType", type), ("TaskScheduledId", .number(JSONNumber(scheduledId))), ("Reason", .string(reason)),
                ("Details", .string(details)), ("FailureDetails", .null),
            ]
        case .subOrchestrationCreated(let name, let childId, let input):
            members = [
                ("EventType", type), ("Name", .string(name)), ("Version", ""), ("InstanceId", .string(childId)),
                ("Input", text(input)), ("ClientSpanId", .null), ("Tags", .null),
            ]
        case .timerCreated(let fireAt):
            members = [("EventType", type), ("FireAt", date(fireAt))]
        case .timerFired(let timerId, let fireAt):
            members = [("EventType", type), ("TimerId", .number(JSONNumber(timerId))), ("FireAt", date(fireAt))]
        case .orchestratorStarted, .orchestratorCompleted:
            members = [("EventType", type)]
        case .eventRaised(let name, let input):
            members = [
                ("EventType", type), ("Name", .string(name)), ("Input", text(input)), ("ParentTraceContext", .null),
            ]
        case .genericEvent(let data):
            members = [("Data", .string(data)), ("EventType", type)]
        case .executionSuspended(let reason), .executionResumed(let reason):
            members = [("EventType", type), ("Reason", text(reason))]
        case .executionRewound(let reason):
            members = [
                ("EventType", type), ("Reason", text(reason)), ("ParentExecutionId", .null),
                ("InstanceId", .string(instanceId)), ("ParentTraceContext", .null),
            ]
        }
        members.append(("EventId", .number(JSONNumber(event.eventId))))
        members.append(("IsPlayed", false))
        members.append(("Timestamp", date(event.timestamp)))
        var object: JSONValue = [:]
        for (key, value) in members {
            object = object.setting(key, value)
        }
        return object
    }

    private static func text(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    private static func date(_ value: Date) -> JSONValue {
        .string(DurableDate.format(value, style: .fractional))
    }
}
