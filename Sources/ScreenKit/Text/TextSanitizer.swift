/// Decides how text from the host is shown safely: which scalars are drawn, dropped, or replaced by a visible
/// stand-in.
///
/// Nothing that could steer the terminal reaches the grid: C0 controls (ESC, BEL, ...), DEL, C1 controls, bidi
/// overrides and isolates, line/paragraph separators, and invisible format characters all become visible
/// stand-ins drawn in the ``StyleName/escaped`` style:
/// - C0 and DEL as control pictures (`␛`, `␇`, `␡`), or caret notation (`^[`, `^G`, `^?`) in ASCII mode;
/// - C1 as `\x9B`;
/// - format characters and separators as `<U+202E>`.
public enum TextSanitizer {
    /// What happens to one scalar.
    public enum Disposition: Hashable, Sendable {
        /// Drawn as is.
        case keep
        /// Silently left out (joiners inside emoji sequences, which the grid shows as separate parts).
        case drop
        /// Replaced by this visible, printable ASCII-or-picture text.
        case escape(String)
    }

    /// How a scalar is shown, given the scalar before it (tag characters are only valid after a black flag).
    public static func disposition(
        of scalar: Unicode.Scalar,
        after previous: Unicode.Scalar?,
        asciiOnly: Bool
    ) -> Disposition {
        let value = scalar.value
        if value < 0x20 {
            if asciiOnly {
                return .escape("^" + String(Character(Unicode.Scalar(UInt8(value + 0x40)))))
            }
            return .escape(String(Character(Unicode.Scalar(0x2400 + value) ?? "?")))
        }
        if value == 0x7F {
            return .escape(asciiOnly ? "^?" : "\u{2421}")
        }
        if value >= 0x80 && value < 0xA0 {
            return .escape("\\x" + hex(value, digits: 2))
        }
        if value < 0xA0 {
            return .keep
        }
        if value == 0x200C || value == 0x200D {
            return .drop
        }
        if value >= 0xE0020 && value <= 0xE007F {
            if let previous, previous.value == 0x1F3F4 || (previous.value >= 0xE0020 && previous.value <= 0xE007F) {
                return .drop
            }
            return .escape(codePointLabel(value))
        }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate:
            return .escape(codePointLabel(value))
        default:
            return .keep
        }
    }

    /// The text with every unsafe scalar replaced by its stand-in (for places that need a plain string).
    public static func sanitized(_ text: String, asciiOnly: Bool = false) -> String {
        var cells = ""
        for cell in DisplayCells.cells(of: text, asciiOnly: asciiOnly) {
            cells += cell.text
        }
        return cells
    }

    /// `<U+202E>` style label.
    private static func codePointLabel(_ value: UInt32) -> String {
        "<U+" + hex(value, digits: 4) + ">"
    }

    /// Upper-case hexadecimal, zero-padded to at least `digits`.
    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
