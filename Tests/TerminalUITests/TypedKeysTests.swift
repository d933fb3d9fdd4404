import ScreenKit
import TerminalUI
import Testing

/// The key decoder without a terminal: bytes in reads, decoded as the event loop decodes them.
@Suite("Typed keys without curses")
struct TypedKeysTests {
    @Test("a character split across reads is one character, and the one after it too")
    func splitCharacter() {
        let keys = TypedKeys.decode(reads: [[0xC3], [0xA9, 0x61, 0xE6], [0xB3, 0xA8]])
        #expect(keys == [.character("é"), .character("a"), .character("注")])
    }

    @Test("Esc at the end of a read is Esc; Esc with more in the same read is swallowed with it")
    func escape() {
        #expect(TypedKeys.decode(reads: [[0x1B], Array("q".utf8)]) == [.escape, .character("q")])
        #expect(TypedKeys.decode(reads: [Array("\u{1B}q\u{1B}[1;5Aj".utf8)]) == [.character("j")])
    }

    @Test("invalid UTF-8 and C1 controls are never text")
    func invalidBytes() {
        #expect(TypedKeys.decode(reads: [[0xFF, 0x61, 0xC3, 0x62, 0xC2, 0x85]]) == [.character("a"), .character("b")])
    }
}
