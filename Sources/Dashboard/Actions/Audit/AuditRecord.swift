import DurableAPI
import Foundation

/// One mutation as the audit log keeps it: time, endpoint host, task hub, operator, action, targets, the
/// request's parameters, reason and result.
public struct AuditRecord: Hashable, Sendable {
    /// When the run ended.
    public var time: Date
    /// The endpoint host (never the key or a `code=` value).
    public var endpointHost: String
    /// The task hub, when known.
    public var taskHub: String?
    /// `user@host`.
    public var operatorName: String
    /// The finished run: the plan and every row's outcome.
    public var progress: BulkProgress

    /// Creates a record.
    public init(time: Date, endpointHost: String, taskHub: String?, operatorName: String, progress: BulkProgress) {
        self.time = time
        self.endpointHost = endpointHost
        self.taskHub = taskHub
        self.operatorName = operatorName
        self.progress = progress
    }

    /// The record as one line of compact JSON, with `redaction` applied to the whole line.
    public func jsonLine(redaction: Redaction) -> String {
        let request = progress.plan.request
        var outcomes: [JSONValue] = []
        for row in progress.rows {
            outcomes.append(["target": row.target.map(JSONValue.string) ?? .null, "result": .string(row.state.text)])
        }
        let counts = progress.counts
        let record: JSONValue = [
            "time": .string(DurableDate.format(time, style: .fractional)),
            "endpoint": .string(endpointHost),
            "taskHub": taskHub.map(JSONValue.string) ?? .null,
            "operator": .string(operatorName),
            "action": .string(request.action.rawValue),
            "targets": .array(progress.plan.targets.map(JSONValue.string)),
            "parameters": Self.parameters(of: request),
            "reason": request.reason.map(JSONValue.string) ?? .null,
            "result": .string(counts.failed == 0 && counts.cancelled == 0 ? "ok" : progress.summary),
            "outcomes": .array(outcomes),
        ]
        return redaction.apply(record.compactText)
    }

    /// The request's values other than the reason (event name and payload, operation, filter, ...).
    static func parameters(of request: ActionRequest) -> JSONValue {
        switch request {
        case .terminate, .suspend, .resume, .rewind, .purge:
            return [:]
        case .raiseEvent(let name, let payload):
            return ["eventName": .string(name), "payload": payload]
        case .restart(let newInstanceID):
            return ["restartWithNewInstanceId": .bool(newInstanceID)]
        case .start(let name, let instanceID, let input):
            return [
                "orchestrator": .string(name), "instanceId": instanceID.map(JSONValue.string) ?? .null,
                "input": input ?? .null,
            ]
        case .signal(let operation, let input):
            return ["operation": .string(operation), "input": input ?? .null]
        case .purgeByFilter(let filter):
            return [
                "createdTimeFrom": .string(DurableDate.format(filter.createdFrom, style: .wholeSeconds)),
                "createdTimeTo": filter.createdTo.map { .string(DurableDate.format($0, style: .wholeSeconds)) }
                    ?? .null,
                "runtimeStatus": .array(filter.statuses.map { .string($0.name) }),
            ]
        }
    }
}
