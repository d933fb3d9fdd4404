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
    ///   - ellipsis: Whether clipped text ends in `…` (`~` in ASCII mode) to show it was cut.
    /// - Returns: The column just after the field (or after the text, without a width).
    @discardableResult
    public mutating func put(
        _ text: String,
        row: Int,
        column: Int,
        style: StyleName,
        width: Int? = nil,
        alignment: TextAlignment = .left,
        ellipsis: Bool = false
    ) -> Int {
        let available = max(0, min(width ?? Int.max, size.columns - max(0, column)))
        var cells = DisplayCells.cells(of: text, style: style, asciiOnly: asciiOnly)
        var used = 0
        for cell in cells {
            used += cell.width
        }
        if used > available {
            let marker = Cell(text: asciiOnly ? "~" : "\u{2026}", width: 1, style: style)
            let keep = ellipsis && available > 0 ? available - 1 : available
            var kept: [Cell] = []
            used = 0
            for cell in cells {
                if used + cell.width > keep {
                    break
                }
                kept.append(cell)
                used += cell.width
            }
            if ellipsis && available > 0 {
                kept.append(marker)
                used += 1
            }
            cells = kept
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
