import Testing

@testable import ScreenKit

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII and Latin letters take one column each")
    func narrow() {
        #expect(DisplayWidth.columns(of: "hello") == 5)
        #expect(DisplayWidth.columns(of: "caf\u{E9}") == 4)
    }

    @Test("CJK ideographs, kana, Hangul and fullwidth forms take two columns")
    func wide() {
        #expect(DisplayWidth.columns(of: "注文") == 4)
        #expect(DisplayWidth.columns(of: "カタカナ") == 8)
        #expect(DisplayWidth.columns(of: "한국") == 4)
        #expect(DisplayWidth.columns(of: "\u{FF21}") == 2)
    }

    @Test("combining marks add no width and stay on their base character")
    func combining() {
        #expect(DisplayWidth.columns(of: "e\u{301}") == 1)
        let cells = DisplayCells.cells(of: "e\u{301}x")
        #expect(cells.count == 2)
        #expect(cells[0].text == "e\u{301}")
    }

    @Test("a combining mark with no base is drawn on a dotted circle")
    func orphanMark() {
        let cells = DisplayCells.cells(of: "\u{301}")
        #expect(cells == [Cell(text: "\u{25CC}\u{301}", width: 1, style: .body)])
    }

    @Test("emoji with emoji presentation take two columns; text-default emoji keep one")
    func emoji() {
        #expect(DisplayWidth.columns(of: "🚀") == 2)
        #expect(DisplayWidth.columns(of: "✅") == 2)
        #expect(DisplayWidth.columns(of: "\u{2764}\u{FE0F}") == 1)
        #expect(DisplayCells.cells(of: "\u{2764}\u{FE0F}")[0].text == "\u{2764}")
    }

    @Test("ZWJ sequences are shown as their parts, so the width is the sum of the parts")
    func zwjSequence() {
        let family = "👨\u{200D}👩\u{200D}👧"
        let cells = DisplayCells.cells(of: family)
        #expect(cells.map(\.text) == ["👨", "👩", "👧"])
        #expect(DisplayWidth.columns(of: family) == 6)
    }

    @Test("flags are two regional indicators of one column each, as glibc counts them")
    func flags() {
        #expect(DisplayWidth.columns(of: "🇯🇵") == 2)
    }

    @Test("at most four marks stay on one character")
    func zalgo() {
        let text = "a" + String(repeating: "\u{301}", count: 20)
        let cells = DisplayCells.cells(of: text)
        #expect(cells.count == 1)
        #expect(cells[0].text.unicodeScalars.count == 1 + DisplayCells.maximumMarks)
    }

    @Test("ASCII mode draws every other character as one question mark")
    func asciiMode() {
        #expect(TextSanitizer.sanitized("注文e\u{301}", asciiOnly: true) == "??e")
        #expect(DisplayWidth.columns(of: "注文", asciiOnly: true) == 2)
    }

    @Test("ASCII mode draws known glyphs in their ASCII form from the one glyph table, never as ?")
    func asciiGlyphs() {
        #expect(TextSanitizer.sanitized("loading history\u{2026}", asciiOnly: true) == "loading history...")
        #expect(
            TextSanitizer.sanitized("\u{25B6} Running  \u{2717} Failed  \u{2713}", asciiOnly: true)
                == "> Running  x Failed  +"
        )
        #expect(TextSanitizer.sanitized("80\u{00D7}24 \u{203A} \u{2502}", asciiOnly: true) == "80x24 > |")
        #expect(ASCIIGlyphs.fallback(for: "\u{2026}") == "...")
        #expect(ASCIIGlyphs.fallback(for: "\u{6CE8}") == nil)
    }
}
