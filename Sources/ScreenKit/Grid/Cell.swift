/// One column of the screen: a grapheme cluster, its display width, and its semantic style.
///
/// A wide character (display width 2) occupies its own cell plus the next one, which is a *continuation* cell:
/// empty text and width 0. Painters skip continuation cells. Text in a cell has already been sanitized: it never
/// holds a control character.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown in this column; empty for a continuation cell.
    public var text: String
    /// The number of columns the text occupies: 1 or 2, or 0 for a continuation cell.
    public var width: Int
    /// The semantic style; the theme turns it into colours.
    public var style: StyleName

    /// Creates a cell. Callers outside the grid normally use the grid's drawing helpers instead.
    public init(text: String, width: Int, style: StyleName) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell (one space) in a style.
    public static func blank(_ style: StyleName = .body) -> Cell {
        Cell(text: " ", width: 1, style: style)
    }

    /// The second half of a wide character.
    public static func continuation(_ style: StyleName) -> Cell {
        Cell(text: "", width: 0, style: style)
    }

    /// Whether this cell is the right half of a wide character (nothing to paint).
    public var isContinuation: Bool { width == 0 }
}
