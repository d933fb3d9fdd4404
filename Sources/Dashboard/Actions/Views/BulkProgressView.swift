import HubKit
import ScreenKit

/// Draws ``ProgressContent`` in a panel over the view.
public enum BulkProgressView {
    /// Draws the panel over the overlay area (below the header, above the hint line), scrolled by `scroll` lines.
    public static func draw(_ progress: BulkProgress, scroll: Int, into grid: inout Grid) {
        let top = Layout.overlayTop
        let height = Layout.overlayHeight(grid.size)
        for row in top..<top + height {
            grid.fill(row: row, column: 0, width: grid.size.columns, style: .dialog)
        }
        TextLine.draw(ProgressContent.lines(progress), scroll: scroll, top: top, height: height, into: &grid)
    }
}
