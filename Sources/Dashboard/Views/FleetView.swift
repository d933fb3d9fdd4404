import DurableAPI
import Foundation
import HubKit
import ScreenKit

/// The fleet overview: a header with the fleet's totals, then one row per task hub, trouble first.
enum FleetView {
    static func draw(_ state: DashboardState, into grid: inout Grid, now: Date) {
        let rows = Array(state.fleetRows.values)
        drawHeader(state, rows: rows, into: &grid)
        drawTotals(rows, into: &grid)
        var info = ["\(rows.count) hubs", "trouble first"]
        if !state.hubList.filterText.isEmpty {
            info.append("/" + state.hubList.filterText)
        }
        TitleView.draw(state, info: info.joined(separator: "  "), into: &grid)
        let columns = FleetTable.columns
        let context = CellContext(now: now, timeDisplay: state.timeDisplay)
        let layout = TableColumns(totalWidth: grid.size.columns, columns: columns, rows: rows, context: context)
        grid.drawTableHeader(columns, layout: layout, row: Layout.contentTop - 1)
        guard !state.hubList.visible.isEmpty else {
            let message =
                state.hubList.filterText.isEmpty ? "no hubs" : "no hub matches the filter (Esc clears it)"
            grid.put(message, row: Layout.contentTop, column: 1, style: .tableDim)
            return
        }
        grid.drawListPage(
            state.hubList,
            height: Layout.tableHeight(grid.size),
            columns: columns,
            layout: layout,
            context: { _ in context },
            row: { state.fleetRows[$0] }
        )
    }

    /// Row 0: what this is, the refresh interval, and how many instances of the whole fleet need attention.
    private static func drawHeader(_ state: DashboardState, rows: [FleetRow], into grid: inout Grid) {
        var column = grid.put("fleet", row: 0, column: 0, style: .headerValue)
        let seconds = Int(state.options.refreshInterval.components.seconds)
        column = grid.put("  \(rows.count) hubs  every \(seconds)s", row: 0, column: column, style: .headerLabel)
        let failing = rows.filter { $0.summary.problem != nil }.count
        if failing > 0 {
            column = grid.put("  ", row: 0, column: column, style: .body)
            column = grid.put("\(failing) not answering", row: 0, column: column, style: .headerStale)
        }
        let attention = rows.reduce(0) { $0 + $1.summary.attention }
        guard attention > 0 else {
            return
        }
        let text = "\(attention) need attention"
        let start = max(column + 2, grid.size.columns - DisplayWidth.columns(of: text))
        grid.put(text, row: 0, column: start, style: .headerAttention, ellipsis: .end)
    }

    /// Row 1: the counts per status summed over the hubs that answered.
    private static func drawTotals(_ rows: [FleetRow], into grid: inout Grid) {
        var totals: [RuntimeStatus: Int] = [:]
        for row in rows {
            for (status, count) in row.summary.counts {
                totals[status, default: 0] += count
            }
        }
        HeaderView.drawCounts(totals, into: &grid)
    }
}
