import ScreenKit
import TextSafety

/// A one-line text field: the text and a cursor measured in characters.
public struct TextField: Hashable, Sendable {
    /// The text typed so far.
    public private(set) var text: String
    /// The cursor position, from 0 (before the first character) to `text.count` (after the last).
    public private(set) var cursor: Int

    /// Creates a field holding `text`, with the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Applies an editing key: characters insert at the cursor, Backspace and Del delete before and after it,
    /// ←/→/Home/End move it, Ctrl-U clears the field. Returns `false` for any other key.
    public mutating func edit(_ key: KeyEvent) -> Bool {
        switch key {
        case .character(let character):
            insert(character)
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: index(cursor - 1))
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: index(cursor))
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = text.count
        case .control("u"):
            text = ""
            cursor = 0
        default:
            return false
        }
        return true
    }

    /// Inserts a character at the cursor; a character a terminal must not see (line breaks, controls, bidi
    /// overrides) is refused.
    private mutating func insert(_ character: Character) {
        if character.unicodeScalars.contains(where: \.isTerminalUnsafe) {
            return
        }
        text.insert(character, at: index(cursor))
        cursor += 1
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }
}
