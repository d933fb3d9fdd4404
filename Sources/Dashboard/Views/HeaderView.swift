import DurableAPI
import Foundation
import ScreenKit

/// The two header rows: connection and freshness, then counts per status.
enum HeaderView {
    static func draw(_ state: DashboardState, into grid: inout Grid, now: Date) {
        let options = state.options
        var column = 0
        if let name = options.hubName {
            column = grid.put(name, row: 0, column: column, style: .headerBadge)
            column = grid.put("  ", row: 0, column: column, style: .body)
        }
        column = grid.put(options.endpointHost, row: 0, column: column, style: .headerValue)
        if let hub = options.taskHub {
            column = grid.put("  hub ", row: 0, column: column, style: .headerLabel)
            column = grid.put(hub, row: 0, column: column, style: .headerValue)
        }
        if options.readOnly {
            column = grid.put("  ", row: 0, column: column, style: .body)
            column = grid.put("[RO]", row: 0, column: column, style: .headerBadge)
        }
        let seconds = Int(options.refreshInterval.components.seconds)
        column = grid.put("  every \(seconds)s  ", row: 0, column: column, style: .headerLabel)
        if state.paused {
            column = grid.put("PAUSED", row: 0, column: column, style: .headerPaused)
            column = grid.put(" ", row: 0, column: column, style: .body)
        }
        let freshness = state.freshness
        if freshness.isStale {
            var text = "STALE"
            if let success = freshness.lastSuccess {
                text += ": updated " + TimeFormat.relative(success, now: now)
            }
            column = grid.put(text, row: 0, column: column, style: .headerStale, ellipsis: .end)
        } else if let success = freshness.lastSuccess {
            let text = "updated " + TimeFormat.relative(success, now: now)
            column = grid.put(text, row: 0, column: column, style: .headerFresh)
        } else {
            let text = freshness.loadingCount == nil ? "connecting\u{2026}" : "loading\u{2026}"
            column = grid.put(text, row: 0, column: column, style: .headerFresh)
        }
        drawAttentionCount(state, after: column, into: &grid)
        drawCounts(state.statusCounts, into: &grid)
    }

    /// Draws "N need attention" at the right end of the top row, in every view, while anything does.
    private static func drawAttentionCount(_ state: DashboardState, after column: Int, into grid: inout Grid) {
        let count = state.triage.analysis.attention.count
        guard count > 0 else {
            return
        }
        let text = "\(count) need attention (:a)"
        let start = max(column + 2, grid.size.columns - DisplayWidth.columns(of: text))
        grid.put(text, row: 0, column: start, style: .headerAttention, ellipsis: .end)
    }

    /// Row 1: the count of each status, Running and Failed always, the others when there are any.
    static func drawCounts(_ counts: [RuntimeStatus: Int], into grid: inout Grid) {
        var column = 0
        let shown: [RuntimeStatus] = [.running, .pending, .suspended, .completed, .failed, .terminated]
        for status in shown where counts[status] != nil || status == .running || status == .failed {
            let label = StatusGlyph.label(status) + " \(counts[status] ?? 0)"
            column = grid.put(label, row: 1, column: column, style: StatusGlyph.style(status))
            column = grid.put("  ", row: 1, column: column, style: .body)
        }
        var others = 0
        for (status, count) in counts where !shown.contains(status) {
            others += count
        }
        if others > 0 {
            grid.put("other \(others)", row: 1, column: column, style: .statusUnknown)
        }
    }
}
