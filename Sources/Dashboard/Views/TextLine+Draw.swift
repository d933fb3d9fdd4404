import ScreenKit

extension TextLine {
    /// Draws lines from `top`, starting at the line `scroll` (clamped), in `height` rows.
    static func draw(_ lines: [TextLine], scroll: Int, top: Int, height: Int, into grid: inout Grid) {
        let first = max(0, min(scroll, lines.count - height))
        for offset in 0..<height {
            let index = first + offset
            guard index < lines.count else {
                break
            }
            let line = lines[index]
            guard line.isJSON else {
                grid.put(line.text, row: top + offset, column: line.indent, style: line.style, ellipsis: .end)
                continue
            }
            var column = line.indent
            for (text, style) in JSONLineStyler.segments(of: line.text) {
                column = grid.put(text, row: top + offset, column: column, style: style)
            }
        }
    }
}
