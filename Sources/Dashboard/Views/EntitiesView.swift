import DurableAPI
import Foundation
import ScreenKit

/// The entities table: name, key, last operation time, state summary.
enum EntitiesView {
    static let titles = ["NAME", "KEY", "LAST OPERATION", "STATE"]
    static let minimums = [12, 12, 14, 10]
    static let shares = [1, 2, 0, 3]

    static func draw(_ state: DashboardState, into grid: inout Grid, now: Date) {
        let list = state.entityList
        var info = "\(list.visible.count)/\(state.entities.count)"
        if !list.filterText.isEmpty {
            info = "/" + list.filterText + "  " + info
        }
        TitleView.draw(state, info: info, into: &grid)
        let columns = TableColumns(totalWidth: grid.size.columns, minimums: minimums, shares: shares)
        let headerRow = Layout.contentTop - 1
        grid.fill(row: headerRow, column: 0, width: grid.size.columns, style: .tableHeader)
        for (index, title) in titles.enumerated() {
            let frame = columns.frames[index]
            grid.put(title, row: headerRow, column: frame.start, style: .tableHeader, width: frame.width)
        }
        if list.visible.isEmpty {
            let message = state.entities.isEmpty ? "no entities (yet)" : "no entity matches the filter"
            grid.put(message, row: Layout.contentTop, column: 1, style: .tableDim)
            return
        }
        let local = state.timeDisplay == .local
        let cursor = list.cursor
        for offset in 0..<Layout.tableHeight(grid.size) {
            let index = cursor.top + offset
            guard index < list.visible.count else {
                break
            }
            let entity = state.entities[list.visible[index]]
            let row = Layout.contentTop + offset
            let time =
                state.timeDisplay == .relative
                ? TimeFormat.relative(entity.lastOperationTime, now: now)
                : TimeFormat.short(entity.lastOperationTime, now: now, local: local)
            let cells = [entity.entityId.name, entity.entityId.key, time, HistoryRow.inline(entity.state)]
            for (column, text) in cells.enumerated() {
                let frame = columns.frames[column]
                grid.put(text, row: row, column: frame.start, style: .tableRow, width: frame.width, ellipsis: true)
            }
            if index == cursor.selected {
                grid.restyle(row: row, column: 0, width: grid.size.columns, style: .tableSelected)
                grid.cursor = GridPosition(row: row, column: 0)
            }
        }
    }
}
