import Foundation
import ScreenKit

/// Draws a whole frame of the dashboard into a grid. Pure: reads the state, changes nothing.
public enum Renderer {
    /// The frame for a state at a screen size and time.
    public static func render(_ state: DashboardState, size: GridSize, now: Date) -> Grid {
        var grid = Grid(size: size, style: .body, asciiOnly: state.options.asciiOnly)
        if Layout.isTooSmall(size) {
            drawTooSmall(into: &grid)
            return grid
        }
        if state.current == .hubs {
            FleetView.draw(state, into: &grid, now: now)
        } else {
            HeaderView.draw(state, into: &grid, now: now)
        }
        switch state.current {
        case .hubs:
            break
        case .instances:
            InstancesView.draw(state, into: &grid, now: now)
        case .instanceDetail(let detail):
            InstanceDetailView.draw(detail, state: state, into: &grid, now: now)
        case .historyEvent(let event):
            JSONScreens.drawEvent(event, state: state, into: &grid)
        case .entities:
            EntitiesView.draw(state, into: &grid, now: now)
        case .entityDetail(let entity):
            JSONScreens.drawEntity(entity, state: state, into: &grid)
        case .failures:
            TriageViews.drawFailures(state, into: &grid, now: now)
        case .attention:
            TriageViews.drawAttention(state, into: &grid, now: now)
        case .orchestrators:
            TriageViews.drawOrchestrators(state, into: &grid, now: now)
        }
        FooterView.draw(state, into: &grid, now: now)
        switch state.mode {
        case .browsing, .prompt:
            break
        case .help(let scroll):
            HelpOverlay.draw(state, scroll: scroll, into: &grid)
        case .dialog(let dialog):
            ActionDialogView.draw(dialog, into: &grid)
        case .progress(let scroll):
            if let run = state.actions.run {
                BulkProgressView.draw(run, scroll: scroll, into: &grid)
            }
        }
        return grid
    }

    /// "terminal too small: have W×H, need W×H", centred as far as it fits.
    static func drawTooSmall(into grid: inout Grid) {
        let size = grid.size
        let need = Layout.minimumSize
        let times = "\u{00D7}"
        let lines = [
            "terminal too small:",
            "have \(size.columns)\(times)\(size.rows), need \(need.columns)\(times)\(need.rows)",
            "q quits",
        ]
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let width = DisplayWidth.columns(of: line)
            let column = max(0, (size.columns - width) / 2)
            grid.put(line, row: top + offset, column: column, style: .tooSmall)
        }
    }
}
