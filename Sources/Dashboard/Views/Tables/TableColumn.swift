import Foundation
import HubKit
import ScreenKit

/// One column of a table, defined in one place: its heading, its width rule, how a row fills its cell, and how
/// rows sort by it.
struct TableColumn<Row>: Sendable {
    /// A cell: its text and, when it differs from the row's, its style.
    struct Cell: Sendable {
        /// The text (sanitized and cut to the column when drawn).
        var text: String
        /// The cell's own style, or `nil` for the row's.
        var style: StyleName? = nil
    }

    /// How rows sort by a column: by a number or by text. Ties sort by row id.
    enum SortKey: Sendable {
        /// A number, such as a time or a duration.
        case number(@Sendable (Row, Date) -> Double)
        /// Text, such as an id or a name.
        case text(@Sendable (Row) -> String)
    }

    /// The heading.
    let title: String
    /// The narrowest the column gets while the screen is wide enough for every minimum.
    let minimum: Int
    /// Its share of the width left over (0 for a fixed column).
    let share: Int
    /// Where the text sits in the cell.
    var alignment: TextAlignment = .left
    /// Where a cut cell shows it was cut.
    var ellipsis = Ellipsis.end
    /// When the table leaves this column out to give a wanting column its width: 1 first; `nil` never.
    var givesWay: Int? = nil
    /// Whether the column wants the width of its longest text on screen, so its cells are not cut while a column
    /// that gives way can leave.
    var fitsText = false
    /// The cell of a row, at a time, with times shown as chosen.
    let cell: @Sendable (Row, CellContext) -> Cell
    /// The sort key, for the tables that sort by column.
    var sortKey: SortKey? = nil
}

/// What a cell may depend on beside its row.
struct CellContext: Sendable {
    /// The time of the frame.
    let now: Date
    /// How times are shown.
    let timeDisplay: TimeDisplay
    /// Whether the row is marked for an action.
    var isMarked = false
    /// The width of the cell being drawn, for cells that fill it (sparklines); the table sets it per cell.
    var width = 0

    /// A time as the table shows it: relative ("3m ago") when chosen and `relative` allows it, else short.
    func time(_ date: Date, relative: Bool) -> String {
        if relative && timeDisplay == .relative {
            return TimeFormat.relative(date, now: now)
        }
        return TimeFormat.short(date, now: now, local: timeDisplay == .local)
    }
}

extension TableColumn {
    /// A column whose cell is plain text of its row, in the row's style.
    init(
        title: String,
        minimum: Int,
        share: Int,
        alignment: TextAlignment = .left,
        text: @escaping @Sendable (Row) -> String,
        sortKey: SortKey? = nil
    ) {
        self.init(
            title: title,
            minimum: minimum,
            share: share,
            alignment: alignment,
            cell: { row, _ in Cell(text: text(row)) },
            sortKey: sortKey
        )
    }
}

extension TableColumn {
    /// A column of a sparkline filling its cell: the row's histogram resampled to the cell's width, in `style`.
    static func sparkline(
        title: String,
        minimum: Int,
        share: Int,
        style: StyleName,
        histogram: @escaping @Sendable (Row) -> Histogram
    ) -> TableColumn {
        TableColumn(
            title: title,
            minimum: minimum,
            share: share,
            cell: { row, context in
                Cell(text: Sparkline.text(histogram(row).resampled(to: context.width)), style: style)
            }
        )
    }
}

extension TableColumn {
    /// A right-aligned count, four cells wide, in `style` when it is not zero; blank when the row has no count yet.
    static func count(_ title: String, style: StyleName, _ value: @escaping @Sendable (Row) -> Int?) -> TableColumn {
        TableColumn(
            title: title,
            minimum: 4,
            share: 0,
            alignment: .right,
            fitsText: true,
            cell: { row, _ in
                guard let count = value(row) else {
                    return Cell(text: "")
                }
                return Cell(text: "\(count)", style: count > 0 ? style : nil)
            }
        )
    }
}

extension TableColumns {
    /// Lays out the columns of a table whose ``TableColumn/fitsText`` columns want the width of their longest
    /// cell among `rows`.
    init<Row>(totalWidth: Int, columns: [TableColumn<Row>], rows: [Row], context: CellContext) {
        let wanted = columns.map { column -> Int? in
            guard column.fitsText else {
                return nil
            }
            return rows.map { DisplayWidth.columns(of: column.cell($0, context).text) }.max() ?? 0
        }
        self.init(totalWidth: totalWidth, columns: columns, wanted: wanted)
    }

    /// Lays out the columns of a table across the screen width by their minimums, shares and give-way ranks;
    /// `wanted` holds the width a column's text on screen needs, for the columns that should not be cut.
    init<Row>(totalWidth: Int, columns: [TableColumn<Row>], wanted: [Int?]? = nil) {
        self.init(
            totalWidth: totalWidth,
            minimums: columns.map(\.minimum),
            shares: columns.map(\.share),
            wanted: wanted ?? Array(repeating: nil, count: columns.count),
            givesWay: columns.map(\.givesWay)
        )
    }
}
