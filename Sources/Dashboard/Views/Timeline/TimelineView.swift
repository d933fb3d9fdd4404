import Foundation
import HubKit
import ScreenKit

/// The Timeline tab: a legend, an axis of ticks from the instance's start, then one row per bar: a label
/// (pending `◌` or failed `✗` mark, name, fold count), the bar, and its span at the right.
enum TimelineView {
    /// Draws the tab below the tab bar: the rows from the cursor's top, the selected one restyled and holding the
    /// hardware cursor; pending bars run to `now` while the instance runs.
    static func draw(_ detail: InstanceDetailState, into grid: inout Grid, now: Date) {
        let legendRow = Layout.contentTop
        TimelineLegend.draw(into: &grid, row: legendRow)
        let axisRow = legendRow + 1
        guard let timeline = detail.timeline else {
            grid.put(detail.error ?? "loading history\u{2026}", row: axisRow, column: 1, style: .tableDim)
            return
        }
        let frame = TimelineFrame(columns: grid.size.columns)
        let scale = TimelineScale(start: timeline.start, end: timeline.end(now: now), width: frame.barWidth)
        drawAxis(scale, frame: frame, row: axisRow, into: &grid)
        if timeline.bars.isEmpty {
            let text = "no activities, timers, sub-orchestrations or external events in the history"
            grid.put(text, row: axisRow + 1, column: 1, style: .tableDim)
            return
        }
        let cursor = detail.timelineCursor
        for offset in 0..<Layout.historyTableHeight(grid.size) {
            let index = cursor.top + offset
            guard index < timeline.bars.count else {
                break
            }
            let row = axisRow + 1 + offset
            let bar = timeline.bars[index]
            drawRow(bar, end: timeline.end(of: bar, now: now), scale: scale, frame: frame, row: row, into: &grid)
            if index == cursor.selected {
                grid.restyle(row: row, column: 0, width: grid.size.columns, style: .tableSelected)
                grid.cursor = GridPosition(row: row, column: 0)
            }
        }
    }

    /// The header row: `NAME`, a tick mark and label per step, and `SPAN`.
    static func drawAxis(_ scale: TimelineScale, frame: TimelineFrame, row: Int, into grid: inout Grid) {
        grid.put("NAME", row: row, column: 0, style: .tableHeader, width: grid.size.columns)
        let barEnd = frame.barLeft + frame.barWidth
        var free = frame.barLeft
        for tick in scale.ticks {
            let column = frame.barLeft + tick.column
            guard column >= free else {
                continue
            }
            let label = "\u{2502}" + TimelineScale.label(tick.offset)
            let text = column + label.count <= barEnd ? label : "\u{2502}"
            free = grid.put(text, row: row, column: column, style: .tableHeader) + 1
        }
        grid.put(
            "SPAN",
            row: row,
            column: frame.spanLeft,
            style: .tableHeader,
            width: frame.spanWidth,
            alignment: .right
        )
    }

    /// One bar's row; `end` is where the bar ends on screen (its own end, or the open end while pending).
    static func drawRow(
        _ bar: TimelineBar,
        end: Date,
        scale: TimelineScale,
        frame: TimelineFrame,
        row: Int,
        into grid: inout Grid
    ) {
        let textStyle: StyleName = bar.isFailed ? .statusFailed : .tableRow
        let mark = bar.isFailed ? "\u{2717}" : bar.isPending ? "\u{25CC}" : " "
        grid.put(mark, row: row, column: 0, style: textStyle, width: 2)
        let count = bar.count > 1 ? "\u{00D7}\(bar.count)" : ""
        let nameWidth = frame.labelWidth - 2 - (count.isEmpty ? 0 : count.count + 1)
        grid.put(bar.name, row: row, column: 2, style: textStyle, width: nameWidth, ellipsis: .end)
        grid.put(
            count,
            row: row,
            column: 2 + nameWidth,
            style: .tableDim,
            width: frame.labelWidth - 2 - nameWidth,
            alignment: .right
        )
        let glyphs = TimelineGlyphs.bar(
            kind: bar.kind,
            from: scale.position(of: bar.start),
            to: scale.position(of: end),
            width: frame.barWidth
        )
        let barStyle = bar.isFailed ? .statusFailed : TimelineLegend.style(of: bar.kind)
        grid.put(glyphs.text, row: row, column: frame.barLeft + glyphs.column, style: barStyle)
        let span = bar.kind == .externalEvent ? "" : TimeFormat.duration(end.timeIntervalSince(bar.start))
        grid.put(span, row: row, column: frame.spanLeft, style: .tableDim, width: frame.spanWidth, alignment: .right)
    }
}
