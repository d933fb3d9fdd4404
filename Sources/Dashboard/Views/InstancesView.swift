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
        let list = state.instanceList
        if list.visible.isEmpty {
            grid.put(emptyMessage(state), row: Layout.contentTop, column: 1, style: .tableDim)
            return
        }
        grid.drawListPage(
            list,
            height: Layout.tableHeight(grid.size),
            columns: InstanceTable.columns,
            layout: layout,
            context: { id in
                CellContext(now: now, timeDisplay: state.timeDisplay, isMarked: state.actions.marks.contains(id))
            },
            row: { state.store.rows[id: $0] },
            style: { id in
                state.store.isRecentlyChanged(id, now: now, highlight: DashboardState.changeHighlight)
                    ? .tableChanged : .tableRow
            }
        )
    }

    /// What the table says when it has no row.
    static func emptyMessage(_ state: DashboardState) -> String {
        if !state.freshness.initialLoadDone {
            return "loading\u{2026}"
        }
        if !state.filter.isEmpty {
            return "no instance matches the filter (Esc clears it)"
        }
        if let scope = state.instanceScope {
            return "no instance left in this \(scope.noun) (Esc returns)"
        }
        return "no instances in the last \(state.window) (w changes the window)"
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
        var parts: [String] = []
        if let scope = state.instanceScope {
            parts.append(scope.title)
        }
        parts.append("window \(state.window)")
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
