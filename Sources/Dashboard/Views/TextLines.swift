import DurableAPI
import ScreenKit

/// A line of a scrolling text view.
struct TextLine {
    /// The text (sanitized when drawn).
    var text: String
    /// Its style.
    var style: StyleName
    /// Columns of indentation.
    var indent: Int = 0
    /// Whether the text is a line of pretty JSON, drawn with key, string and literal styles.
    var isJSON = false

    /// Pretty-printed, masked JSON as lines, indented.
    static func json(_ value: JSONValue, indent: Int) -> [TextLine] {
        Redaction.standard.apply(value).prettyText.split(separator: "\n", omittingEmptySubsequences: false).map {
            TextLine(text: String($0), style: .detailValue, indent: indent, isJSON: true)
        }
    }

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
                grid.put(line.text, row: top + offset, column: line.indent, style: line.style, ellipsis: true)
                continue
            }
            var column = line.indent
            for (text, style) in JSONLineStyler.segments(of: line.text) {
                column = grid.put(text, row: top + offset, column: column, style: style)
            }
        }
    }
}
