import Dashboard
import DurableAPI
import Foundation

/// One instance as the shell commands print it in text: its fields, what it waits on, its payloads, and with a
/// history its events. Every value from the host is sanitized; secrets are masked.
enum InstanceReport {
    /// The instance's lines; `isRunning` says whether the host answered 202.
    static func lines(_ status: OrchestrationStatus, isRunning: Bool) -> [String] {
        let phase = isRunning ? "still running (HTTP 202)" : "finished (HTTP 200)"
        var lines = [
            "Instance  " + HostText.sanitized(status.instanceId),
            "Name      " + HostText.sanitized(status.name ?? "-"),
            "Status    " + HostText.sanitized(status.runtimeStatus.name) + ", " + phase,
            "Created   " + DurableDate.format(status.createdTime, style: .wholeSeconds),
            "Updated   " + DurableDate.format(status.lastUpdatedTime, style: .wholeSeconds),
        ]
        if let waiting = WaitingOn.describe(status, local: false) {
            lines.append("Waiting   " + HostText.sanitized(waiting))
        }
        lines.append("Custom    " + shortJSON(status.customStatus))
        lines.append("Input     " + shortJSON(status.input))
        lines.append("Output    " + shortJSON(status.output))
        return lines.map(Redaction.standard.apply)
    }

    /// The history as a table: offset from the start, event, name, duration and a one-line result, with inputs
    /// decoded and durable HTTP calls readable.
    static func historyLines(_ events: [HistoryEvent], start: Date) -> [String] {
        var lines = ["History   \(events.count) events", "  OFFSET    EVENT                            NAME / RESULT"]
        for event in events {
            let row = HistoryRow(event: event, start: start)
            let offset = row.offset.map(TimeFormat.offset) ?? ""
            let duration = row.duration.map { " (" + TimeFormat.duration($0) + ")" } ?? ""
            var text = offset.padding(toLength: 10, withPad: " ", startingAt: 0)
            text += row.type.padding(toLength: 33, withPad: " ", startingAt: 0)
            text += [row.name, row.summary].filter { !$0.isEmpty }.joined(separator: ": ") + duration
            lines.append("  " + Redaction.standard.apply(HostText.sanitized(text, limit: 400)))
        }
        return lines
    }

    private static func shortJSON(_ value: JSONValue) -> String {
        HostText.sanitized(Redaction.standard.apply(value).compactText, limit: 200)
    }
}
