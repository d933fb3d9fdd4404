/// Where the Timeline tab's columns go on a screen: the label, a gap, the bar area, a gap, the span.
struct TimelineFrame: Hashable, Sendable {
    /// Columns of the span text at the right (`12m04s`).
    static let spanColumns = 7

    /// Columns of the label: a quarter of the screen, 14 to 32.
    let labelWidth: Int
    /// The bar area's first column.
    let barLeft: Int
    /// The bar area's width in cells.
    let barWidth: Int
    /// The span's first column.
    let spanLeft: Int
    /// The span's width.
    let spanWidth: Int

    /// The frame of a screen `columns` wide.
    init(columns: Int) {
        labelWidth = max(14, min(32, columns / 4))
        barLeft = labelWidth + 1
        spanWidth = Self.spanColumns
        spanLeft = max(barLeft + 1, columns - spanWidth)
        barWidth = max(1, spanLeft - 1 - barLeft)
    }
}
