import DurableAPI
import ScreenKit

/// A line of a scrolling text: the content model of help, the Summary tab, the JSON views and the progress panel.
/// The state counts these lines to scroll; the views draw them.
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
}
