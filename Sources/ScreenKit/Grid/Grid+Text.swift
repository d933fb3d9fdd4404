/// Where text sits inside a field wider than the text.
public enum TextAlignment: Hashable, Sendable {
    /// Text starts at the field's left edge; padding follows.
    case left
    /// Text ends at the field's right edge; padding comes first.
    case right
}

extension Grid {
    /// Draws text at a position, measured in display columns, sanitized, clipped, and optionally padded.
    ///
    /// - Parameters:
    ///   - text: Any text, including hostile text from the host; control characters become visible stand-ins in
    ///     the ``StyleName/escaped`` style.
    ///   - row: Zero-based row; rows outside the grid draw nothing.
    ///   - column: Zero-based starting column.
    ///   - style: The style for the text and the padding.
    ///   - width: The field width in columns. `nil` draws the text up to the grid's right edge without padding.
    ///     With a width, the whole field is written: text, then blanks (or blanks, then text when right-aligned).
    ///   - alignment: Where the text sits in a wider field.
    ///   - ellipsis: Where clipped text shows it was cut: nowhere, at the end, or in the middle.
    /// - Returns: The column just after the field (or after the text, without a width).
    @discardableResult
    public mutating func put(
        _ text: String,
        row: Int,
        column: Int,
        style: StyleName,
        width: Int? = nil,
        alignment: TextAlignment = .left,
        ellipsis: Ellipsis = .none
    ) -> Int {
        let available = max(0, min(width ?? Int.max, size.columns - max(0, column)))
        var cells = DisplayCells.cells(of: text, style: style, asciiOnly: asciiOnly)
        var used = 0
        for cell in cells {
            used += cell.width
        }
        if used > available {
            cells = Self.clipped(cells, to: available, ellipsis: ellipsis, style: style, asciiOnly: asciiOnly)
            used = 0
            for cell in cells {
                used += cell.width
            }
        }
        let fieldWidth = width == nil ? used : available
        var position = column
        if alignment == .right && width != nil {
            fill(row: row, column: position, width: fieldWidth - used, style: style)
            position += fieldWidth - used
        }
        for cell in cells {
            setCell(cell, row: row, column: position)
            position += cell.width
        }
        let end = column + fieldWidth
        if position < end {
            fill(row: row, column: position, width: end - position, style: style)
        }
        return max(end, position)
    }

    /// The cells of text cut to `available` columns, with the marker where `ellipsis` puts it.
    static func clipped(
        _ cells: [Cell],
        to available: Int,
        ellipsis: Ellipsis,
        style: StyleName,
        asciiOnly: Bool
    ) -> [Cell] {
        guard ellipsis != .none, available > 0 else {
            return Array(cells.prefix(within: available))
        }
        let marker = Cell(text: asciiOnly ? "~" : "\u{2026}", width: 1, style: style)
        let room = available - 1
        let headWidth = ellipsis == .middle ? room / 3 : room
        var head = Array(cells.prefix(within: headWidth))
        var tail: [Cell] = []
        if ellipsis == .middle {
            tail = Array(cells.reversed().prefix(within: room - headWidth).reversed())
        }
        head.append(marker)
        return head + tail
    }

    /// Draws text over up to `lines` rows from `row`, each from `column` to the right edge, breaking where a row is
    /// full; text that needs more rows ends in `…` (`~` in ASCII mode). Sanitized like ``put(_:row:column:style:width:alignment:ellipsis:)``.
    public mutating func putWrapped(_ text: String, row: Int, column: Int, style: StyleName, lines: Int) {
        let width = max(0, size.columns - column)
        var rest = DisplayCells.cells(of: text, style: style, asciiOnly: asciiOnly)[...]
        for line in 0..<lines where !rest.isEmpty {
            var kept = Array(rest.prefix(within: width))
            rest = rest.dropFirst(kept.count)
            if line == lines - 1 && !rest.isEmpty {
                kept = Self.clipped(kept + rest, to: width, ellipsis: .end, style: style, asciiOnly: asciiOnly)
            }
            var position = column
            for cell in kept {
                setCell(cell, row: row + line, column: position)
                position += cell.width
            }
        }
    }

    /// Writes blanks in a style over a run of columns.
    public mutating func fill(row: Int, column: Int, width: Int, style: StyleName) {
        guard width > 0 else {
            return
        }
        for offset in 0..<width {
            setCell(.blank(style), row: row, column: column + offset)
        }
    }

    /// Changes the style of a run of columns, keeping their text (for example to highlight the selected row).
    ///
    /// Cells in the ``StyleName/escaped`` style keep it so stand-ins stay recognisable.
    public mutating func restyle(row: Int, column: Int, width: Int, style: StyleName) {
        guard width > 0 else {
            return
        }
        for offset in 0..<width where self[row, column + offset].style != .escaped {
            setStyle(style, row: row, column: column + offset)
        }
    }
}

extension Sequence<Cell> {
    /// The leading cells that fit in `width` columns together.
    fileprivate func prefix(within width: Int) -> [Cell] {
        var kept: [Cell] = []
        var used = 0
        for cell in self {
            if used + cell.width > width {
                break
            }
            kept.append(cell)
            used += cell.width
        }
        return kept
    }
}
