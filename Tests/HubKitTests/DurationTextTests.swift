import Testing

@testable import HubKit

@Suite("Duration text")
struct DurationTextTests {
    @Test("reads units, combinations and plain seconds")
    func parses() {
        #expect(DurationText.parse("90s") == 90)
        #expect(DurationText.parse("5m") == 300)
        #expect(DurationText.parse("2h") == 7_200)
        #expect(DurationText.parse("1d") == 86_400)
        #expect(DurationText.parse("1h30m") == 5_400)
        #expect(DurationText.parse("1d 2h") == 93_600)
        #expect(DurationText.parse("1.5h") == 5_400)
        #expect(DurationText.parse("45") == 45)
        #expect(DurationText.parse("2.5") == 2.5)
    }

    @Test("refuses malformed, zero and negative text")
    func refuses() {
        for text in ["", "m", "5x", "5 m", "1h30", "0s", "0", "-5m", "-3", "h5", "1..5s", "nan", "inf"] {
            #expect(DurationText.parse(text) == nil, "\(text)")
        }
    }

    @Test("formats two units at most, the smaller padded and dropped when zero")
    func formats() {
        #expect(DurationText.format(45.9) == "45s")
        #expect(DurationText.format(252) == "4m 12s")
        #expect(DurationText.format(900) == "15m")
        #expect(DurationText.format(7_500) == "2h 05m")
        #expect(DurationText.format(18_000) == "5h")
        #expect(DurationText.format(273_600) == "3d 04h")
        #expect(DurationText.format(-5) == "0s")
    }
}
