import DurableAPI
import Foundation

/// One line of the History table: what an event was, when, how long it took, and a one-line result.
public struct HistoryRow: Hashable, Sendable {
    /// When the event happened.
    public var timestamp: Date?
    /// Time since the orchestration started.
    public var offset: TimeInterval?
    /// The event type name.
    public var type: String
    /// The activity, sub-orchestration, event or function name.
    public var name: String
    /// Time from scheduling to completion, for completed or failed work.
    public var duration: TimeInterval?
    /// A one-line summary of the result, reason or payload (secrets masked).
    public var summary: String
    /// Whether the event is a failure.
    public var isFailure: Bool

    /// The activity name of durable HTTP calls.
    public static let httpActivityName = "BuiltIn::HttpActivity"

    /// Describes an event; `start` is the orchestration's start time for the offset column.
    public init(event: HistoryEvent, start: Date?) {
        timestamp = event.timestamp
        if let start, let timestamp {
            offset = timestamp.timeIntervalSince(start)
        }
        type = event.eventTypeName
        name = event.name ?? ""
        isFailure = event.isFailure
        switch event {
        case .taskCompleted(let work), .subOrchestrationInstanceCompleted(let work):
            duration = work.scheduledTime.map { work.timestamp.timeIntervalSince($0) }
        case .taskFailed(let work), .subOrchestrationInstanceFailed(let work):
            duration = work.scheduledTime.map { work.timestamp.timeIntervalSince($0) }
        default:
            duration = nil
        }
        summary = Self.summary(of: event)
    }

    /// `TaskCompleted SayHello` style title for the event JSON view.
    public var title: String {
        name.isEmpty ? type : type + " " + name
    }

    /// The child instance a sub-orchestration event leads to, when the history still names it.
    public static func childInstanceID(of event: HistoryEvent) -> String? {
        if case .subOrchestrationInstanceCreated(let scheduled) = event, let id = scheduled.instanceId, !id.isEmpty {
            return id
        }
        return nil
    }

    /// The one-line summary of an event.
    static func summary(of event: HistoryEvent) -> String {
        if event.name == httpActivityName, let http = httpSummary(of: event) {
            return http
        }
        switch event {
        case .executionStarted(let started):
            return inline(started.input?.value)
        case .executionCompleted(let completed):
            let status = completed.orchestrationStatus?.name ?? ""
            if let message = completed.failureDetails?.errorMessage {
                return status + ": " + oneLine(message)
            }
            return completed.result.map { status + ": " + inline($0) } ?? status
        case .executionTerminated(let terminated):
            return "reason: " + inline(terminated.input?.value)
        case .taskScheduled(let scheduled):
            return "pending; input " + inline(scheduled.input?.value)
        case .subOrchestrationInstanceCreated(let scheduled):
            return "child " + (scheduled.instanceId ?? "?") + " pending"
        case .taskCompleted(let work), .subOrchestrationInstanceCompleted(let work):
            return work.result.map(inline) ?? ""
        case .taskFailed(let work), .subOrchestrationInstanceFailed(let work):
            return oneLine(work.failureDetails?.errorMessage ?? work.reason ?? work.details ?? "failed")
        case .timerCreated(let timer):
            return timer.fireAt.map { "fires " + TimeFormat.absolute($0, local: false) } ?? ""
        case .timerFired(let timer):
            return timer.fireAt.map { "fired for " + TimeFormat.absolute($0, local: false) } ?? ""
        case .eventRaised(let message), .eventSent(let message):
            let target = message.instanceId.map { "to " + $0 + ": " } ?? ""
            return target + inline(message.input?.value)
        case .executionSuspended(let reason), .executionResumed(let reason):
            return reason.reason.map { "reason: " + oneLine($0) } ?? ""
        case .executionRewound(let rewound):
            return rewound.reason.map { "reason: " + oneLine($0) } ?? ""
        case .genericEvent(let generic):
            return oneLine(generic.data ?? "")
        case .continueAsNew(let next):
            return next.result.map { inline($0.value) } ?? ""
        default:
            return ""
        }
    }

    /// `GET https://host/path → 200` for durable HTTP calls (input is the request, result the response).
    static func httpSummary(of event: HistoryEvent) -> String? {
        guard var request = event.input?.value else {
            return nil
        }
        if case .array(let elements) = request, let first = elements.first {
            request = first
        }
        let method = (request["method"] ?? request["Method"])?.stringValue ?? "?"
        let uri = (request["uri"] ?? request["Uri"])?.stringValue ?? "?"
        var text = method.uppercased() + " " + Redaction.standard.apply(uri)
        if let response = event.result {
            let status = (response["statusCode"] ?? response["StatusCode"])?.intValue
            text += " \u{2192} " + (status.map(String.init) ?? "?")
        } else if case .taskScheduled = event {
            text += " (pending)"
        }
        return text
    }

    /// A JSON value as one masked line (`"text"` strings shown without quotes).
    static func inline(_ value: JSONValue?) -> String {
        guard let value else {
            return ""
        }
        let masked = Redaction.standard.apply(value)
        if case .string(let text) = masked {
            return oneLine(text)
        }
        return masked.compactText
    }

    /// The first line of a text.
    static func oneLine(_ text: String) -> String {
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return Redaction.standard.apply(firstLine)
    }
}
