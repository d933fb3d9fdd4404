import DurableAPI
import Foundation
import HubKit
import ScreenKit

/// The instance detail: a tab bar, then Summary (every field and pretty JSON) or History.
enum InstanceDetailView {
    static func draw(_ detail: InstanceDetailState, state: DashboardState, into grid: inout Grid, now: Date) {
        var info = "tab \(detail.tab.rawValue)/\(InstanceDetailState.Tab.allCases.count)"
        if let error = detail.error {
            info = "load failed: " + error
        } else if detail.status?.historyEvents == nil {
            info = "loading history\u{2026}"
        }
        TitleView.draw(state, info: info, into: &grid)
        drawTabs(detail, into: &grid)
        guard let status = detail.status else {
            grid.put(detail.error ?? "loading\u{2026}", row: Layout.contentTop, column: 1, style: .tableDim)
            return
        }
        switch detail.tab {
        case .summary:
            let lines = summaryLines(status, state: state, now: now)
            TextLine.draw(
                lines,
                scroll: detail.summaryScroll,
                top: Layout.contentTop,
                height: Layout.tableHeight(grid.size),
                into: &grid
            )
        case .history:
            HistoryView.draw(detail, status: status, state: state, into: &grid)
        }
    }

    static func drawTabs(_ detail: InstanceDetailState, into grid: inout Grid) {
        let row = Layout.contentTop - 1
        var column = 0
        for tab in InstanceDetailState.Tab.allCases {
            let style: StyleName = tab == detail.tab ? .tabActive : .tabInactive
            column = grid.put(" \(tab.rawValue) \(tab.title) ", row: row, column: column, style: style)
            column = grid.put(" ", row: row, column: column, style: .body)
        }
    }

    static func summaryLines(_ status: OrchestrationStatus, state: DashboardState, now: Date) -> [TextLine] {
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
