import Testing

@testable import ScreenKit

@Suite("Text sanitizing")
struct SanitizerTests {
    @Test("C0 controls, ESC and BEL become control pictures")
    func c0() {
        #expect(TextSanitizer.sanitized("a\u{1B}[31mb\u{07}") == "a\u{241B}[31mb\u{2407}")
        #expect(TextSanitizer.sanitized("line1\nline2\t") == "line1\u{240A}line2\u{2409}")
    }

    @Test("DEL and C1 controls (including single-byte CSI) are shown visibly")
    func delAndC1() {
        #expect(TextSanitizer.sanitized("x\u{7F}") == "x\u{2421}")
        #expect(TextSanitizer.sanitized("\u{9B}31m") == "\\x9B31m")
        #expect(TextSanitizer.sanitized("\u{85}") == "\\x85")
    }

    @Test("bidi overrides, isolates and invisible format characters are named")
    func bidiAndFormat() {
        #expect(TextSanitizer.sanitized("abc\u{202E}def") == "abc<U+202E>def")
        #expect(TextSanitizer.sanitized("\u{2066}x\u{2069}") == "<U+2066>x<U+2069>")
        #expect(TextSanitizer.sanitized("a\u{200B}b") == "a<U+200B>b")
        #expect(TextSanitizer.sanitized("a\u{2028}b") == "a<U+2028>b")
    }

    @Test("invisible tag characters are shown, except inside a flag sequence")
    func tags() {
        #expect(TextSanitizer.sanitized("hi\u{E0041}") == "hi<U+E0041>")
        let england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"
        #expect(TextSanitizer.sanitized(england) == "\u{1F3F4}")
    }

    @Test("ASCII mode uses caret notation")
    func caret() {
        #expect(TextSanitizer.sanitized("\u{1B}]0;x\u{07}", asciiOnly: true) == "^[]0;x^G")
    }

    @Test("stand-ins are marked as escapes")
    func marked() {
        let cells = DisplayCells.cells(of: "a\u{1B}")
        #expect(cells.map(\.style) == [.body, .escaped])
    }
}
