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
        var cellContext = context
        for (index, column) in columns.enumerated() {
            let frame = layout.frames[index]
            cellContext.width = frame.width
            let cell = column.cell(item, cellContext)
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

    /// Draws one page of `height` rows of a list below its heading: each row in the table's columns, the selected
    /// row highlighted (and holding the cursor), each row in the style `style` gives it.
    mutating func drawListPage<Rows: ListRows, Row>(
        _ list: ListState<Rows>,
        height: Int,
        columns: [TableColumn<Row>],
        layout: TableColumns,
        context: (Rows.Element) -> CellContext,
        row lookup: (Rows.Element) -> Row?,
        style: (Rows.Element) -> StyleName = { _ in .tableRow }
    ) {
        let cursor = list.cursor
        for offset in 0..<height {
            let index = cursor.top + offset
            guard index < list.visible.count else {
                break
            }
            let id = list.visible[index]
            guard let item = lookup(id) else {
                continue
            }
            let row = Layout.contentTop + offset
            drawTableRow(item, columns: columns, layout: layout, context: context(id), row: row, style: style(id))
            if index == cursor.selected {
                restyle(row: row, column: 0, width: size.columns, style: .tableSelected)
                self.cursor = GridPosition(row: row, column: 0)
            }
        }
    }
}
