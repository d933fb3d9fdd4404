import ScreenKit

/// The title bar (row 2): breadcrumbs on the left, view information on the right.
enum TitleView {
    static func draw(_ state: DashboardState, info: String, into grid: inout Grid) {
        let row = 2
        grid.fill(row: row, column: 0, width: grid.size.columns, style: .title)
        var column = 0
        let separator = " \u{203A} "
        if state.isFleetMember {
            column = grid.put(Screen.hubs.crumb, row: row, column: column, style: .crumb)
            column = grid.put(separator, row: row, column: column, style: .title)
        }
        for (index, screen) in state.stack.enumerated() {
            let isLast = index == state.stack.count - 1
            if index > 0 {
                column = grid.put(separator, row: row, column: column, style: .title)
            }
            let crumbWidth = min(DisplayWidth.columns(of: screen.crumb), 28)
            column = grid.put(
                screen.crumb,
                row: row,
                column: column,
                style: isLast ? .crumbActive : .crumb,
                width: crumbWidth,
                ellipsis: .end
            )
        }
        let infoWidth = DisplayWidth.columns(of: info)
        let infoStart = max(column + 2, grid.size.columns - infoWidth)
        grid.put(info, row: row, column: infoStart, style: .title, ellipsis: .end)
    }
}
