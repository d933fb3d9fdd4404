import Testing

@testable import ScreenKit

@Suite("Sparkline")
struct SparklineTests {
    @Test("counts scale to the largest: the largest is a full block, zero a space")
    func scaling() {
        #expect(Sparkline.text([0, 1, 2, 4, 8]) == " \u{2581}\u{2582}\u{2584}\u{2588}")
    }

    @Test("a small non-zero count still shows the lowest bar")
    func smallCount() {
        #expect(Sparkline.text([1, 1_000]) == "\u{2581}\u{2588}")
    }

    @Test("all zeros, negative counts and no counts draw blanks")
    func empty() {
        #expect(Sparkline.text([0, 0, 0]) == "   ")
        #expect(Sparkline.text([-3, 0]) == "  ")
        #expect(Sparkline.text([]).isEmpty)
    }

    @Test("one column per count")
    func width() {
        #expect(Sparkline.text((1...40).map(Double.init)).count == 40)
    }

    @Test("bars and partial blocks have graded ASCII fallbacks")
    func asciiFallbacks() {
        let ascii = Sparkline.bars.map { ASCIIGlyphs.fallback(for: $0.unicodeScalars.first!) ?? "?" }
        #expect(ascii == ["_", "_", "-", "-", "=", "=", "#", "#"])
        for value in UInt32(0x2589)...0x258F {
            #expect(ASCIIGlyphs.fallback(for: Unicode.Scalar(value)!) == "#")
        }
    }
}
