import ScreenKit

extension Grid {
    /// Draws a table's heading row; the sorted column, if any, carries an arrow for its direction.
    mutating func drawTableHeader<Row>(
        _ columns: [TableColumn<Row>],
        layout: TableColumns,
        row: Int,
        sorted: (index: Int, descending: Bool)? = nil
    ) {
        fill(row: row, column: 0, width: size.columns, style: .tableHeader)
        for (index, column) in columns.enumerated() {
            let frame = layout.frames[index]
            var title = column.title
            var style = StyleName.tableHeader
            if let sorted, sorted.index == index {
                title += sorted.descending ? "\u{2193}" : "\u{2191}"
                style = .tableHeaderSorted
            }
            put(title, row: row, column: frame.start, style: style, width: frame.width, ellipsis: .end)
        }
    }

    /// Draws one table row in `style`; a cell with a style of its own keeps it.
    mutating func drawTableRow<Row>(
        _ item: Row,
        columns: [TableColumn<Row>],
        layout: TableColumns,
        context: CellContext,
        row: Int,
        style: StyleName
    ) {
        fill(row: row, column: 0, width: size.columns, style: style)
        for (index, column) in columns.enumerated() {
            let frame = layout.frames[index]
            let cell = column.cell(item, context)
            put(
                cell.text,
                row: row,
                column: frame.start,
                style: cell.style ?? style,
                width: frame.width,
                alignment: column.alignment,
                ellipsis: column.ellipsis
            )
        }
    }
}
