import CCurses
import ScreenKit
import TextSafety

/// Paints grids onto the curses screen with minimal updates.
///
/// The painter remembers the last grid it painted. A new grid is compared row by row and cell by cell; only the
/// cells that differ are written to the window, then one `wnoutrefresh` + `doupdate` sends the change, which
/// curses itself reduces to the fewest bytes. When nothing differs, nothing is written at all.
struct ScreenPainter {
    /// Styles resolved to curses looks.
    private var colors: ColorPairs
    /// The grid on screen, or `nil` when the screen must be painted in full.
    private var painted: Grid?

    /// Creates a painter for a theme on a terminal with `colorCount` colours and `pairCount` colour pairs.
    init(theme: Theme, colorCount: Int, pairCount: Int) {
        colors = ColorPairs(theme: theme, colorCount: colorCount, pairCount: pairCount)
    }

    /// Forgets what is on screen, so the next paint writes every cell (after a resize or a resume).
    mutating func invalidate() {
        painted = nil
    }

    /// Paints `grid`, writing only what changed since the last paint.
    ///
    /// - Returns: The number of cells written (0 when the screen was already up to date).
    @discardableResult
    mutating func paint(_ grid: Grid, on window: UnsafeMutablePointer<WINDOW>) -> Int {
        let previous = painted?.size == grid.size ? painted : nil
        var written = 0
        for row in 0..<grid.size.rows {
            let cells = grid.row(row)
            if let previous, previous.row(row) == cells {
                continue
            }
            var column = 0
            for cell in cells {
                if !cell.isContinuation, previous?[row, column] != cell {
                    put(cell, row: row, column: column, on: window)
                    written += 1
                }
                column += 1
            }
        }
        let cursorMoved = previous?.cursor != grid.cursor
        painted = grid
        guard written > 0 || cursorMoved || previous == nil else {
            return 0
        }
        if let cursor = grid.cursor, grid.contains(row: cursor.row, column: cursor.column) {
            _ = wmove(window, Int32(cursor.row), Int32(cursor.column))
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
        return written
    }

    /// What stands in for a control character that reached the painter.
    private static let replacement: Unicode.Scalar = "?"

    /// Writes one cell (a wide cell covers its continuation too) with its style's attributes and colour pair.
    private mutating func put(_ cell: Cell, row: Int, column: Int, on window: UnsafeMutablePointer<WINDOW>) {
        let look = colors.look(for: cell.style)
        var characters: [wchar_t] = []
        for scalar in cell.text.unicodeScalars.prefix(Int(CCHARW_MAX)) {
            let safe = scalar.isTerminalUnsafe ? Self.replacement : scalar
            characters.append(wchar_t(bitPattern: safe.value))
        }
        if characters.isEmpty {
            characters.append(wchar_t(bitPattern: 0x20))
        }
        characters.append(0)
        var character = cchar_t()
        _ = setcchar(&character, characters, look.attributes, look.pair, nil)
        _ = mvwadd_wch(window, Int32(row), Int32(column), &character)
    }
}
