import DurableAPI
import ScreenKit

/// The full-JSON screens: one history event, or one entity's state.
enum JSONScreens {
    static func drawEvent(_ event: HistoryEventState, state: DashboardState, into grid: inout Grid) {
        TitleView.draw(state, info: "event \(event.index + 1)", into: &grid)
        grid.put(event.title, row: Layout.contentTop - 1, column: 0, style: .detailLabel, ellipsis: .end)
        let lines = TextLine.json(event.json, indent: 1)
        TextLine.draw(
            lines,
            scroll: event.scroll,
            top: Layout.contentTop,
            height: Layout.tableHeight(grid.size),
            into: &grid
        )
    }

    static func drawEntity(_ entity: EntityDetailState, state: DashboardState, into grid: inout Grid) {
        let shownState = entity.state ?? entity.status?.state
        let info = entity.error.map { "load failed: " + $0 } ?? (shownState == nil ? "loading\u{2026}" : "state")
        TitleView.draw(state, info: info, into: &grid)
        var heading = "name " + entity.entityID.name + "  key " + entity.entityID.key
        if let status = entity.status {
            let local = state.timeDisplay == .local
            heading += "  last operation " + TimeFormat.absolute(status.lastOperationTime, local: local)
        }
        grid.put(heading, row: Layout.contentTop - 1, column: 0, style: .detailLabel, ellipsis: .end)
        guard let shownState else {
            return
        }
        let lines = TextLine.json(shownState, indent: 1)
        TextLine.draw(
            lines,
            scroll: entity.scroll,
            top: Layout.contentTop,
            height: Layout.tableHeight(grid.size),
            into: &grid
        )
    }
}
