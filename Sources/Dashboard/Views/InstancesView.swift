import DurableAPI
import Foundation
import HubKit
import ScreenKit

/// The instances table: the columns of ``InstanceTable``, the selection, marks and recent changes.
enum InstancesView {
    static func draw(_ state: DashboardState, into grid: inout Grid, now: Date) {
        TitleView.draw(state, info: titleInfo(state), into: &grid)
        let idWidth = idWidth(state, height: Layout.tableHeight(grid.size))
        let layout = TableColumns(
            totalWidth: grid.size.columns,
            columns: InstanceTable.columns,
            wanted: InstanceColumn.allCases.map { $0 == .id ? idWidth : nil }
        )
        let sortIndex = InstanceColumn.allCases.firstIndex(of: state.sort.column) ?? 0
        grid.drawTableHeader(
            InstanceTable.columns,
            layout: layout,
            row: Layout.contentTop - 1,
            sorted: (sortIndex, state.sort.descending)
        )
        let height = Layout.tableHeight(grid.size)
        let list = state.instanceList
        let cursor = list.cursor
        if list.visible.isEmpty {
            let message: String
            if !state.freshness.initialLoadDone {
                message = "loading\u{2026}"
            } else if state.filter.isEmpty {
                message = "no instances in the last \(state.window) (w changes the window)"
            } else {
                message = "no instance matches the filter (Esc clears it)"
            }
            grid.put(message, row: Layout.contentTop, column: 1, style: .tableDim)
            return
        }
        for offset in 0..<height {
            let index = cursor.top + offset
            guard index < list.visible.count else {
                break
            }
            guard let instance = state.store.byID[list.visible[index]] else {
                continue
            }
            let row = Layout.contentTop + offset
            let changed = state.store.isRecentlyChanged(
                instance.instanceId,
                now: now,
                highlight: DashboardState.changeHighlight
            )
            let context = CellContext(
                now: now,
                timeDisplay: state.timeDisplay,
                isMarked: state.actions.marks.contains(instance.instanceId)
            )
            grid.drawTableRow(
                instance,
                columns: InstanceTable.columns,
                layout: layout,
                context: context,
                row: row,
                style: changed ? .tableChanged : .tableRow
            )
            if index == cursor.selected {
                grid.restyle(row: row, column: 0, width: grid.size.columns, style: .tableSelected)
                grid.cursor = GridPosition(row: row, column: 0)
            }
        }
    }

    /// The width the ids on screen need, with their marks, so the id column is cut only when nothing else can
    /// give way.
    static func idWidth(_ state: DashboardState, height: Int) -> Int {
        let list = state.instanceList
        var widest = 0
        for index in list.cursor.top..<min(list.visible.count, list.cursor.top + height) {
            let id = list.visible[index]
            let text = InstanceTable.markedID(id, isMarked: state.actions.marks.contains(id))
            widest = max(widest, DisplayWidth.columns(of: text))
        }
        return widest
    }

    static func titleInfo(_ state: DashboardState) -> String {
        var parts = ["window \(state.window)"]
        parts.append(state.statusFilter.map { "status \($0.name)" } ?? "all statuses")
        if !state.filter.isEmpty {
            parts.append("/" + state.filter.text)
        }
        if state.showEntityInstances {
            parts.append("+entities")
        }
        parts.append("\(state.instanceList.visible.count)/\(state.store.count)")
        return parts.joined(separator: "  ")
    }
}
