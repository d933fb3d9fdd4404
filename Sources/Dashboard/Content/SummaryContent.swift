import DurableAPI
import Foundation
import HubKit

/// The lines of an instance's Summary tab: what it waits on, every field, the last action's outcome, then input,
/// output and custom status as pretty JSON.
enum SummaryContent {
    /// The Summary tab's lines for an instance.
    static func lines(_ status: OrchestrationStatus, state: DashboardState, now: Date) -> [TextLine] {
        let local = state.timeDisplay == .local
        var lines: [TextLine] = []
        if let waiting = WaitingOn.describe(status, local: local) {
            lines.append(TextLine(text: waiting, style: .detailWaiting))
        }
        var fields: [(String, String)] = [
            ("Instance", status.instanceId),
            ("Name", status.name ?? ""),
            ("Status", StatusGlyph.label(status.runtimeStatus)),
            ("Created", TimeFormat.absolute(status.createdTime, local: local)),
            (
                "Updated",
                TimeFormat.absolute(status.lastUpdatedTime, local: local) + "  ("
                    + TimeFormat.relative(status.lastUpdatedTime, now: now) + ")"
            ),
            ("Duration", TimeFormat.duration(InstanceSort.duration(of: status, now: now))),
            ("History", status.historyEvents.map { "\($0.count) events (tab 2)" } ?? "not loaded yet"),
        ]
        if let result = state.actions.results[status.instanceId] {
            fields.append(("Action", result))
        }
        for (label, value) in fields {
            lines.append(
                TextLine(text: label.padding(toLength: 10, withPad: " ", startingAt: 0) + value, style: .detailValue)
            )
        }
        let payloads: [(String, JSONValue)] = [
            ("Input", status.input), ("Output", status.output), ("Custom status", status.customStatus),
        ]
        for (label, value) in payloads {
            lines.append(TextLine(text: "", style: .body))
            lines.append(TextLine(text: label + ":", style: .detailLabel))
            if label == "Input" && status.historyEvents == nil {
                lines.append(TextLine(text: "loading\u{2026}", style: .tableDim, indent: 2))
            } else {
                lines += TextLine.json(value, indent: 2)
            }
        }
        return lines
    }
}
