import DurableAPI
import Foundation

/// One line of the audit log. A run writes, in order: `planned` (every target, before anything is sent), `sent`
/// (just before each request), `answered` (each answer) and `finished` (every row's outcome, what was never sent,
/// what got no answer, and why the run stopped early). Every line carries the time, the run id and the action;
/// `planned` and `finished` also carry the endpoint host, task hub, operator, targets, parameters and reason.
public struct AuditRecord: Hashable, Sendable {
    /// Which step of a run a line records.
    public enum Event: String, Hashable, Sendable {
        /// The confirmed plan, written before the first request.
        case planned
        /// One request, written just before it is sent.
        case sent
        /// One answer (or failure), written as it arrives.
        case answered
        /// The whole run's outcome.
        case finished
    }

    /// When the line was written.
    public var time: Date
    /// The step recorded.
    public var event: Event
    /// The id that ties a run's lines together.
    public var runID: String
    /// The endpoint host (never the key or a `code=` value).
    public var endpointHost: String
    /// The task hub, when known.
    public var taskHub: String?
    /// `user@host`.
    public var operatorName: String
    /// The run's progress when the line was written.
    public var progress: BulkProgress
    /// The row a `sent` or `answered` line is about.
    public var row: BulkProgress.Row?

    /// Creates a record.
    public init(
        time: Date,
        event: Event = .finished,
        runID: String = "",
        endpointHost: String,
        taskHub: String?,
        operatorName: String,
        progress: BulkProgress,
        row: BulkProgress.Row? = nil
    ) {
        self.time = time
        self.event = event
        self.runID = runID
        self.endpointHost = endpointHost
        self.taskHub = taskHub
        self.operatorName = operatorName
        self.progress = progress
        self.row = row
    }

    /// The record as one line of compact JSON, with `redaction` applied to the whole line.
    public func jsonLine(redaction: Redaction) -> String {
        let request = progress.plan.request
        var fields: [(String, JSONValue)] = [
            ("time", .string(DurableDate.format(time, style: .fractional))),
            ("event", .string(event.rawValue)),
            ("run", .string(runID)),
            ("action", .string(request.action.rawValue)),
        ]
        switch event {
        case .sent:
            fields.append(("target", row?.target.map(JSONValue.string) ?? .null))
        case .answered:
            fields.append(("target", row?.target.map(JSONValue.string) ?? .null))
            fields.append(("result", .string(row?.state.text ?? "")))
        case .planned, .finished:
            fields += [
                ("endpoint", .string(endpointHost)),
                ("taskHub", taskHub.map(JSONValue.string) ?? .null),
                ("operator", .string(operatorName)),
                ("targets", .array(progress.plan.targets.map(JSONValue.string))),
                ("parameters", Self.parameters(of: request)),
                ("reason", request.reason.map(JSONValue.string) ?? .null),
            ]
        }
        if event == .finished {
            fields += outcomeFields
        }
        return redaction.apply(JSONValue(fields: fields).compactText)
    }

    /// `result`, `outcomes`, `notSent`, `unanswered` and `stoppedBy` of a finished run.
    private var outcomeFields: [(String, JSONValue)] {
        var outcomes: [JSONValue] = []
        for row in progress.rows {
            outcomes.append(["target": row.target.map(JSONValue.string) ?? .null, "result": .string(row.state.text)])
        }
        let counts = progress.counts
        let clean = counts.failed == 0 && counts.cancelled == 0 && counts.unanswered == 0
        return [
            ("result", .string(clean ? "ok" : progress.summary)),
            ("outcomes", .array(outcomes)),
            ("notSent", .array(progress.targets { $0 == .cancelled }.map(JSONValue.string))),
            ("unanswered", .array(progress.targets { $0 == .unanswered }.map(JSONValue.string))),
            ("stoppedBy", progress.stoppedBy.map(JSONValue.string) ?? .null),
        ]
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
