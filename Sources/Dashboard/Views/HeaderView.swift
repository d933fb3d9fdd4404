import DurableAPI
import Foundation
import HubKit
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
        column = drawFreshness(state, at: column, into: &grid, now: now)
        drawAttentionCount(state, after: column, into: &grid)
        drawCounts(state.statusCounts, into: &grid)
    }

    /// Draws how fresh the data is (`updated 3s ago`, `STALE: updated 40s ago`, `connecting…`), then, while the
    /// host is slow or backed off, why (`waiting for host 4s`, `throttled by host, retry in 8s`); when both do not
    /// fit, the reason wins. A tick waiting past the stale threshold reads `STALE: waiting for host 16s`.
    static func drawFreshness(_ state: DashboardState, at column: Int, into grid: inout Grid, now: Date) -> Int {
        let freshness = state.freshness
        let refreshInterval = state.options.refreshInterval.timeInterval
        let note = freshness.note(now: now, refreshInterval: refreshInterval)
        let slowStale = freshness.slowHost(now: now, refreshInterval: refreshInterval)?.isStale == true
        let text: String
        let style: StyleName
        if freshness.isStale || slowStale {
            style = .headerStale
            if slowStale, let note {
                return grid.put("STALE: " + note, row: 0, column: column, style: style, ellipsis: .end)
            }
            text = "STALE" + (freshness.lastSuccess.map { ": updated " + TimeFormat.relative($0, now: now) } ?? "")
        } else {
            style = .headerFresh
            if let success = freshness.lastSuccess {
                text = "updated " + TimeFormat.relative(success, now: now)
            } else {
                text = freshness.loadingCount == nil ? "connecting\u{2026}" : "loading\u{2026}"
            }
        }
        guard let note else {
            return grid.put(text, row: 0, column: column, style: style, ellipsis: style == .headerStale ? .end : .none)
        }
        let room = grid.size.columns - column
        if DisplayWidth.columns(of: text) + 2 + DisplayWidth.columns(of: note) <= room {
            let end = grid.put(text + "  ", row: 0, column: column, style: style)
            return grid.put(note, row: 0, column: end, style: .headerStale)
        }
        let shortNote = style == .headerStale ? "STALE: " + note : note
        return grid.put(shortNote, row: 0, column: column, style: .headerStale, ellipsis: .end)
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
