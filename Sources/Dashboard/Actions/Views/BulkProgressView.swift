import HubKit
import ScreenKit

/// Draws the progress of a run: one line per target with its state, and the summary at the top.
public enum BulkProgressView {
    /// The lines of the progress panel: the summary, then `state  target` per row.
    public static func lines(_ progress: BulkProgress) -> [(text: String, style: StyleName)] {
        var lines: [(text: String, style: StyleName)] = [
            (progress.summary + (progress.isFinished ? "" : " …"), progress.isFinished ? .helpSection : .flashInfo)
        ]
        for row in progress.rows {
            let target = row.target ?? progress.plan.request.action.title
            lines.append(
                (marker(row.state) + " " + target + "  " + row.state.text, style(row.state))
            )
        }
        lines.append((progress.isFinished ? "Esc closes" : "Esc cancels what is not sent yet", .hintLabel))
        return lines
    }

    /// Draws the panel over the overlay area (below the header, above the hint line), scrolled by `scroll` lines.
    public static func draw(_ progress: BulkProgress, scroll: Int, into grid: inout Grid) {
        let top = Layout.overlayTop
        let height = Layout.overlayHeight(grid.size)
        let all = lines(progress)
        let first = max(0, min(scroll, all.count - height))
        for offset in 0..<height {
            let row = top + offset
            grid.fill(row: row, column: 0, width: grid.size.columns, style: .dialog)
            if first + offset < all.count {
                let line = all[first + offset]
                grid.put(
                    line.text,
                    row: row,
                    column: 1,
                    style: line.style,
                    width: grid.size.columns - 2,
                    ellipsis: true
                )
            }
        }
    }

    private static func marker(_ state: BulkProgress.RowState) -> String {
        switch state {
        case .pending: "·"
        case .running: "»"
        case .done: "✓"
        case .failed: "✗"
        case .unanswered: "?"
        case .cancelled: "-"
        }
    }

    private static func style(_ state: BulkProgress.RowState) -> StyleName {
        switch state {
        case .pending, .cancelled: .tableDim
        case .running: .statusRunning
        case .done: .statusCompleted
        case .failed, .unanswered: .statusFailed
        }
    }
}
