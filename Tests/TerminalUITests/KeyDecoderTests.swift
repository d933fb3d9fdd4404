import ScreenKit
import Testing

@testable import TerminalUI

extension CursesSuite {
    /// Bytes typed into a real curses screen on a pseudo-terminal, decoded by ``KeyDecoder`` as the event loop does.
    @Suite("Key decoder through a pseudo-terminal")
    struct KeyDecoderTests {
        private func keys(_ decoded: [DecodedInput]) -> [KeyEvent] {
            decoded.compactMap { if case .key(let key) = $0 { key } else { nil } }
        }

        @Test("arrows (in keypad mode, as curses asks for), paging keys and Shift-Tab under xterm-256color")
        func xtermKeys() throws {
            let terminal = try PseudoTerminal(type: "xterm-256color")
            terminal.type(Array("\u{1B}OA\u{1B}OB\u{1B}[6~\u{1B}[5~\u{1B}[Z".utf8))
            #expect(keys(terminal.read()) == [.up, .down, .pageDown, .pageUp, .backTab])
        }

        @Test("an escape sequence split across reads is still one key")
        func splitEscapeSequence() throws {
            let terminal = try PseudoTerminal(type: "xterm-256color")
            let decoded = terminal.type(Array("\u{1B}O".utf8), then: Array("A".utf8), after: .milliseconds(5))
            #expect(keys(decoded) == [.up])
        }

        @Test("a lone Esc is Esc once the escape delay has passed")
        func loneEscape() throws {
            let terminal = try PseudoTerminal(type: "xterm-256color")
            terminal.type([0x1B])
            #expect(keys(terminal.read()) == [.escape])
        }

        @Test("UTF-8 in one read arrives as characters")
        func wholeUTF8() throws {
            let terminal = try PseudoTerminal(type: "xterm-256color")
            terminal.type([0xC3, 0xA9, 0xE6, 0xB3, 0xA8])
            #expect(keys(terminal.read()) == [.character("é"), .character("注")])
        }

        @Test("UTF-8 split across reads arrives as one character, and the one after it too")
        func splitUTF8() throws {
            let terminal = try PseudoTerminal(type: "xterm-256color")
            let decoded = terminal.type([0xC3], then: [0xA9, 0x61, 0xE6, 0xB3, 0xA8], after: .milliseconds(5))
            #expect(keys(decoded) == [.character("é"), .character("a"), .character("注")])
        }

        @Test("an invalid UTF-8 byte is dropped without taking the next character with it")
        func invalidUTF8() throws {
            let terminal = try PseudoTerminal(type: "xterm-256color")
            terminal.type([0xFF, 0x61, 0xC3, 0x62])
            #expect(keys(terminal.read()) == [.character("a"), .character("b")])
        }

        @Test("Alt-modified keys are swallowed whole: Alt-q is neither Esc nor q")
        func altKeys() throws {
            let terminal = try PseudoTerminal(type: "xterm-256color")
            terminal.type(Array("\u{1B}q\u{1B}j".utf8))
            #expect(keys(terminal.read()).isEmpty)
            terminal.type(Array("j".utf8))
            #expect(keys(terminal.read()) == [.character("j")])
        }

        @Test("function keys under TERM=linux", arguments: [("\u{1B}[[A", 1), ("\u{1B}[[E", 5), ("\u{1B}[24~", 12)])
        func linuxFunctionKeys(sequence: String, number: Int) throws {
            let terminal = try PseudoTerminal(type: "linux")
            terminal.type(Array(sequence.utf8))
            #expect(keys(terminal.read()) == [.function(number)])
        }

        @Test("function keys and Home/End under TERM=screen-256color")
        func screenKeys() throws {
            let terminal = try PseudoTerminal(type: "screen-256color")
            terminal.type(Array("\u{1B}OP\u{1B}[15~\u{1B}[1~\u{1B}[4~".utf8))
            #expect(keys(terminal.read()) == [.function(1), .function(5), .home, .end])
        }

        @Test("bracketed paste arrives as typed text; the paste markers are dropped")
        func bracketedPaste() throws {
            let terminal = try PseudoTerminal(type: "xterm-256color")
            terminal.type(Array("\u{1B}[200~ab c\u{1B}[201~".utf8))
            #expect(keys(terminal.read()) == [.character("a"), .character("b"), .character(" "), .character("c")])
        }

        @Test("control keys: Ctrl-R, Tab, Enter, the three Backspaces; other C0 and C1 codes are never text")
        func controlKeys() throws {
            let terminal = try PseudoTerminal(type: "xterm-256color")
            terminal.type([0x12, 0x09, 0x0D, 0x7F, 0x08, 0x00, 0x1C])
            #expect(keys(terminal.read()) == [.control("r"), .tab, .enter, .backspace, .backspace])
        }
    }
}
