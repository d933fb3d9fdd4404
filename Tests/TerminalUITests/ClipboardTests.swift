import Testing

@testable import TerminalUI

@Suite("Clipboard (OSC 52)")
struct ClipboardTests {
    @Test("the text travels base64-encoded in OSC 52, so none of its bytes reach the terminal as themselves")
    func plain() {
        let sequence = Terminal.clipboardSequence(for: "ord-1\u{1B}[2J", insideTmux: false)
        #expect(sequence == "\u{1B}]52;c;b3JkLTEbWzJK\u{07}")
    }

    @Test("inside tmux it goes plainly and again wrapped in the passthrough, escapes doubled")
    func tmux() {
        let sequence = Terminal.clipboardSequence(for: "abc", insideTmux: true)
        let osc = "\u{1B}]52;c;YWJj\u{07}"
        #expect(sequence == osc + "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;YWJj\u{07}\u{1B}\\")
    }
}
