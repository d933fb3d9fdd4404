/// Splits text into the cells the grid draws, the same way ncursesw's `cchar_t` holds them: one spacing
/// character followed by at most four zero-width marks.
///
/// - Unsafe scalars become visible stand-ins (``TextSanitizer``) in the ``StyleName/escaped`` style.
/// - A mark with nothing to attach to is drawn on a dotted circle (`◌́`).
/// - Marks beyond the fourth on one character are dropped (stops "zalgo" text from smearing).
/// - ZWJ emoji sequences are shown as their parts; a text-default emoji keeps its text presentation (U+FE0F
///   dropped), so every terminal agrees on the width.
/// - In ASCII mode a non-ASCII character becomes its form in ``ASCIIGlyphs`` (`…` is `...`), or `?` when it has
///   none, and marks are dropped.
public enum DisplayCells {
    /// The most zero-width marks kept on one character.
    public static let maximumMarks = 4

    /// The cells for a string in a style (stand-ins excepted).
    public static func cells(of text: String, style: StyleName = .body, asciiOnly: Bool = false) -> [Cell] {
        var cells: [Cell] = []
        cells.reserveCapacity(text.utf8.count)
        var previous: Unicode.Scalar?
        var attachable = false
        var marks = 0
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch TextSanitizer.disposition(of: scalar, after: previous, asciiOnly: asciiOnly) {
            case .drop:
                continue
            case .escape(let standIn):
                for character in standIn {
                    cells.append(Cell(text: String(character), width: 1, style: .escaped))
                }
                attachable = false
                continue
            case .keep:
                break
            }
            let width = DisplayWidth.columns(of: scalar)
            if width == 0 {
                if asciiOnly {
                    continue
                }
                if scalar.value == 0xFE0F, attachable, cells[cells.count - 1].width == 1 {
                    continue
                }
                if attachable {
                    if marks < maximumMarks {
                        cells[cells.count - 1].text.unicodeScalars.append(scalar)
                        marks += 1
                    }
                } else {
                    var circle = "\u{25CC}"
                    circle.unicodeScalars.append(scalar)
                    cells.append(Cell(text: circle, width: 1, style: style))
                    attachable = true
                    marks = 1
                }
                continue
            }
            if asciiOnly && scalar.value >= 0x80 {
                for character in ASCIIGlyphs.fallback(for: scalar) ?? "?" {
                    cells.append(Cell(text: String(character), width: 1, style: style))
                }
            } else {
                cells.append(Cell(text: String(Character(scalar)), width: width, style: style))
            }
            attachable = true
            marks = 0
        }
        return cells
    }
}
