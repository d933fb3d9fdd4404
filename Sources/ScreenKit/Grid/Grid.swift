/// An in-memory screen: rows of styled ``Cell``s, plus where the hardware cursor should sit.
///
/// The dashboard renders a whole frame into a grid; the terminal layer paints it (only what changed, if it keeps
/// the previous frame). Nothing in a grid needs curses, so views are tested by reading grids.
public struct Grid: Hashable, Sendable {
    /// The grid's size.
    public let size: GridSize
    /// All cells, row by row.
    public private(set) var cells: [Cell]
    /// Where the terminal should leave the hardware cursor (the selected row), for screen readers; `nil` for none.
    public var cursor: GridPosition?
    /// Whether text is drawn with ASCII only (non-UTF-8 locale or `--ascii`): other characters become `?`.
    public let asciiOnly: Bool

    /// Creates a grid of blank cells in a style.
    public init(size: GridSize, style: StyleName = .body, asciiOnly: Bool = false) {
        self.size = size
        self.cells = Array(repeating: .blank(style), count: size.columns * size.rows)
        self.cursor = nil
        self.asciiOnly = asciiOnly
    }

    /// The cell at a row and column. Reading outside the grid returns a blank cell.
    public subscript(row: Int, column: Int) -> Cell {
        guard contains(row: row, column: column) else {
            return .blank()
        }
        return cells[row * size.columns + column]
    }

    /// The cells of one row.
    public func row(_ row: Int) -> ArraySlice<Cell> {
        guard row >= 0, row < size.rows else {
            return []
        }
        let start = row * size.columns
        return cells[start..<start + size.columns]
    }

    /// The visible text of one row (continuation cells contribute nothing), for tests and plain output.
    public func text(ofRow row: Int) -> String {
        var line = ""
        for cell in self.row(row) {
            line += cell.text
        }
        return line
    }

    /// The visible text of every row, joined with newlines, trailing spaces kept.
    public var text: String {
        var lines: [String] = []
        for row in 0..<size.rows {
            lines.append(text(ofRow: row))
        }
        return lines.joined(separator: "\n")
    }

    /// Whether a position lies inside the grid.
    public func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < size.rows && column >= 0 && column < size.columns
    }

    /// Writes one cell, repairing any wide character it cuts in half.
    ///
    /// A wide cell needs two columns; one that would hang over the right edge is replaced by a blank.
    mutating func setCell(_ cell: Cell, row: Int, column: Int) {
        guard contains(row: row, column: column) else {
            return
        }
        clearWideOverlap(row: row, column: column)
        if cell.width == 2 {
            guard column + 1 < size.columns else {
                cells[row * size.columns + column] = .blank(cell.style)
                return
            }
            clearWideOverlap(row: row, column: column + 1)
            cells[row * size.columns + column] = cell
            cells[row * size.columns + column + 1] = .continuation(cell.style)
        } else {
            cells[row * size.columns + column] = cell
        }
    }

    /// Sets the style of a cell without changing its text.
    mutating func setStyle(_ style: StyleName, row: Int, column: Int) {
        guard contains(row: row, column: column) else {
            return
        }
        cells[row * size.columns + column].style = style
    }

    /// Blanks the other half of a wide character that overlaps `column`.
    private mutating func clearWideOverlap(row: Int, column: Int) {
        let index = row * size.columns + column
        let existing = cells[index]
        if existing.isContinuation, column > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        } else if existing.width == 2, column + 1 < size.columns {
            cells[index + 1] = .blank(existing.style)
        }
        cells[index] = .blank(existing.style)
    }
}

/// A row and column on the grid.
public struct GridPosition: Hashable, Sendable {
    /// Zero-based row.
    public var row: Int
    /// Zero-based column.
    public var column: Int

    /// Creates a position.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}
