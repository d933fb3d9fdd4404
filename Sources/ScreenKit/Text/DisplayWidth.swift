import TextSafety

/// Display width of text in terminal columns, computed from Unicode properties (no `wcwidth`, no curses).
///
/// The rules follow what glibc's `wcwidth` and ncursesw do, so the grid and the terminal agree on where every
/// character lands:
/// - combining marks, enclosing marks, variation selectors and Hangul medial/final jamo: 0 columns;
/// - East Asian Wide and Fullwidth characters and emoji with emoji presentation: 2 columns;
/// - regional indicators (flag halves): 1 column each, as glibc counts them;
/// - everything else printable: 1 column.
///
/// Text is measured as the grid lays it out (see ``DisplayCells``): a ZWJ emoji sequence is shown as its parts,
/// so its width is the sum of its parts.
public enum DisplayWidth {
    /// The columns one scalar occupies on its own: 0, 1 or 2. Control characters count 0 (they are never drawn raw).
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if scalar.isTerminalUnsafe {
            return 0
        }
        if value < 0x300 {
            return 1
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if table(joiningRanges, contains: value) {
            return 0
        }
        if value >= 0x1F1E6 && value <= 0x1F1FF {
            return 1
        }
        if scalar.properties.isEmojiPresentation {
            return 2
        }
        if table(wideRanges, contains: value) {
            return 2
        }
        return 1
    }

    /// The columns a string occupies when drawn on the grid (after sanitizing).
    public static func columns(of text: String) -> Int {
        var total = 0
        for cell in DisplayCells.cells(of: text) {
            total += cell.width
        }
        return total
    }

    /// The columns a string occupies when drawn on the grid with the ASCII fallback.
    public static func columns(of text: String, asciiOnly: Bool) -> Int {
        var total = 0
        for cell in DisplayCells.cells(of: text, asciiOnly: asciiOnly) {
            total += cell.width
        }
        return total
    }
}
