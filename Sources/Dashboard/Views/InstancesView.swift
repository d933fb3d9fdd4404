import DurableAPI
import Foundation
import HubKit
import ScreenKit

/// The instances table: id, name, status (glyph and word), created, last updated, duration, custom status.
enum InstancesView {
    static let minimums = [18, 10, 12, 11, 7, 8, 8]
    static let shares = [3, 2, 0, 0, 0, 0, 4]

    static func draw(_ state: DashboardState, into grid: inout Grid, now: Date) {
        TitleView.draw(state, info: titleInfo(state), into: &grid)
        let columns = TableColumns(totalWidth: grid.size.columns, minimums: minimums, shares: shares)
        drawHeader(state, columns: columns, into: &grid)
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
            drawRow(instance, state: state, columns: columns, row: row, changed: changed, into: &grid, now: now)
            if index == cursor.selected {
                grid.restyle(row: row, column: 0, width: grid.size.columns, style: .tableSelected)
                grid.cursor = GridPosition(row: row, column: 0)
            }
        }
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

    static func drawHeader(_ state: DashboardState, columns: TableColumns, into grid: inout Grid) {
        let row = Layout.contentTop - 1
        grid.fill(row: row, column: 0, width: grid.size.columns, style: .tableHeader)
        for (index, column) in InstanceColumn.allCases.enumerated() {
            let frame = columns.frames[index]
            var title = column.title
            var style = StyleName.tableHeader
            if state.sort.column == column {
                let arrow =
                    grid.asciiOnly
                    ? (state.sort.descending ? "v" : "^") : (state.sort.descending ? "\u{2193}" : "\u{2191}")
                title += arrow
                style = .tableHeaderSorted
            }
            grid.put(title, row: row, column: frame.start, style: style, width: frame.width, ellipsis: true)
        }
    }

    static func drawRow(
        _ instance: OrchestrationStatus,
        state: DashboardState,
        columns: TableColumns,
        row: Int,
        changed: Bool,
        into grid: inout Grid,
        now: Date
    ) {
        let base: StyleName = changed ? .tableChanged : .tableRow
        grid.fill(row: row, column: 0, width: grid.size.columns, style: base)
        let frames = columns.frames
        let local = state.timeDisplay == .local
        let updated =
            state.timeDisplay == .relative
            ? TimeFormat.relative(instance.lastUpdatedTime, now: now)
            : TimeFormat.short(instance.lastUpdatedTime, now: now, local: local)
        let cells: [(String, StyleName, TextAlignment)] = [
            ((state.actions.marks.contains(instance.instanceId) ? "*" : "") + instance.instanceId, base, .left),
            (instance.name ?? "", base, .left),
            (
                StatusGlyph.label(instance.runtimeStatus),
                StatusGlyph.style(instance.runtimeStatus), .left
            ),
            (TimeFormat.short(instance.createdTime, now: now, local: local), base, .left),
            (updated, base, .right),
            (TimeFormat.duration(InstanceSort.duration(of: instance, now: now)), base, .right),
            (Redaction.standard.apply(InstanceSort.customText(instance)), base, .left),
        ]
        for (index, cell) in cells.enumerated() {
            let frame = frames[index]
            grid.put(
                cell.0,
                row: row,
                column: frame.start,
                style: cell.1,
                width: frame.width,
                alignment: cell.2,
                ellipsis: true
            )
        }
    }
}
