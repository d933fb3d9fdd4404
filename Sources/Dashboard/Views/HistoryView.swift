import DurableAPI
import Foundation
import ScreenKit

/// The History tab: the "waiting on" line, then a table of events.
enum HistoryView {
    static let titles = ["TIME", "OFFSET", "EVENT", "NAME", "DURATION", "RESULT"]
    static let minimums = [12, 8, 16, 10, 8, 10]
    static let shares = [0, 0, 1, 2, 0, 5]

    static func draw(
        _ detail: InstanceDetailState,
        status: OrchestrationStatus,
        state: DashboardState,
        into grid: inout Grid
    ) {
        let local = state.timeDisplay == .local
        let waitingRow = Layout.contentTop
        let waiting = WaitingOn.describe(status, local: local) ?? "finished: \(status.runtimeStatus.name)"
        grid.put(waiting, row: waitingRow, column: 0, style: .detailWaiting, ellipsis: true)
        let headerRow = waitingRow + 1
        let columns = TableColumns(totalWidth: grid.size.columns, minimums: minimums, shares: shares)
        grid.fill(row: headerRow, column: 0, width: grid.size.columns, style: .tableHeader)
        for (index, title) in titles.enumerated() {
            let frame = columns.frames[index]
            grid.put(title, row: headerRow, column: frame.start, style: .tableHeader, width: frame.width)
        }
        guard let events = status.historyEvents else {
            grid.put(detail.error ?? "loading history\u{2026}", row: headerRow + 1, column: 1, style: .tableDim)
            return
        }
        if events.isEmpty {
            grid.put("no history events", row: headerRow + 1, column: 1, style: .tableDim)
            return
        }
        let start = events.first?.timestamp ?? status.createdTime
        let height = Layout.historyTableHeight(grid.size)
        for offset in 0..<height {
            let index = detail.historyCursor.top + offset
            guard index < events.count else {
                break
            }
            let row = headerRow + 1 + offset
            let event = HistoryRow(event: events[index], start: start)
            let style: StyleName = event.isFailure ? .statusFailed : .tableRow
            let cells = [
                event.timestamp.map { TimeFormat.clockWithMilliseconds($0, local: local) } ?? "",
                event.offset.map(TimeFormat.offset) ?? "",
                event.type,
                event.name,
                event.duration.map(TimeFormat.duration) ?? "",
                event.summary,
            ]
            for (column, text) in cells.enumerated() {
                let frame = columns.frames[column]
                grid.put(text, row: row, column: frame.start, style: style, width: frame.width, ellipsis: true)
            }
            if index == detail.historyCursor.selected {
                grid.restyle(row: row, column: 0, width: grid.size.columns, style: .tableSelected)
                grid.cursor = GridPosition(row: row, column: 0)
            }
        }
    }
}
