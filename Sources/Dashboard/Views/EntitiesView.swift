import DurableAPI
import Foundation
import ScreenKit

/// The entities table: the columns of ``EntityTable`` and the selection.
enum EntitiesView {
    static func draw(_ state: DashboardState, into grid: inout Grid, now: Date) {
        let list = state.entityList
        var info = "\(list.visible.count)/\(state.entities.count)"
        if !list.filterText.isEmpty {
            info = "/" + list.filterText + "  " + info
        }
        TitleView.draw(state, info: info, into: &grid)
        let layout = TableColumns(totalWidth: grid.size.columns, columns: EntityTable.columns)
        grid.drawTableHeader(EntityTable.columns, layout: layout, row: Layout.contentTop - 1)
        if list.visible.isEmpty {
            let message = state.entities.isEmpty ? "no entities (yet)" : "no entity matches the filter"
            grid.put(message, row: Layout.contentTop, column: 1, style: .tableDim)
            return
        }
        let context = CellContext(now: now, timeDisplay: state.timeDisplay)
        grid.drawListPage(
            list,
            height: Layout.tableHeight(grid.size),
            columns: EntityTable.columns,
            layout: layout,
            context: { _ in context },
            row: { state.entities[$0] }
        )
    }
}
