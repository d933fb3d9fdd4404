import DurableAPI
import Foundation
import ScreenKit

/// The History tab: the "waiting on" line, then the events in the columns of ``HistoryTable``.
enum HistoryView {
    static func draw(
        _ detail: InstanceDetailState,
        status: OrchestrationStatus,
        state: DashboardState,
        into grid: inout Grid,
        now: Date
    ) {
        let local = state.timeDisplay == .local
        let waitingRow = Layout.contentTop
        let waiting = WaitingOn.describe(status, local: local) ?? "finished: \(status.runtimeStatus.name)"
        grid.put(waiting, row: waitingRow, column: 0, style: .detailWaiting, ellipsis: .end)
        let headerRow = waitingRow + 1
        let layout = TableColumns(totalWidth: grid.size.columns, columns: HistoryTable.columns)
        grid.drawTableHeader(HistoryTable.columns, layout: layout, row: headerRow)
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
            grid.drawTableRow(
                event,
                columns: HistoryTable.columns,
                layout: layout,
                context: CellContext(now: now, timeDisplay: state.timeDisplay),
                row: row,
                style: event.isFailure ? .statusFailed : .tableRow
            )
            if index == detail.historyCursor.selected {
                grid.restyle(row: row, column: 0, width: grid.size.columns, style: .tableSelected)
                grid.cursor = GridPosition(row: row, column: 0)
            }
        }
    }
}
