import Foundation
import Testing

@testable import DurableAPI

@Suite struct DurableDateTests {
    /// 2024-05-01T09:00:00Z as seconds since 1970.
    private let mayFirst = Date(timeIntervalSince1970: 1_714_554_000)

    @Test(
        arguments: [
            ("2024-05-01T09:00:00Z", 0.0),
            ("2024-05-01T09:00:00z", 0.0),
            ("2024-05-01T09:00:00.5Z", 0.5),
            ("2024-05-01T09:00:00.25Z", 0.25),
            ("2024-05-01T09:00:00.145Z", 0.145),
            ("2024-05-01T09:00:00.1452Z", 0.1452),
            ("2024-05-01T09:00:00.14523Z", 0.14523),
            ("2024-05-01T09:00:00.145237Z", 0.145237),
            ("2024-05-01T09:00:00.1452372Z", 0.1452372),
            ("2024-05-01T09:00:00.14523721Z", 0.14523721),
            ("2024-05-01T09:00:00.145237215Z", 0.145237215),
            ("2024-05-01T09:00:01.9939873+00:00", 1.9939873),
            ("2024-05-01T11:00:01.25+02:00", 1.25),
            ("2024-05-01T04:30:00-04:30", 0.0),
        ]
    )
    func parsesZeroToNineFractionDigitsAndOffsets(text: String, secondsAfterNine: Double) throws {
        let date = try #require(DurableDate.parse(text))
        #expect(abs(date.timeIntervalSince(mayFirst) - secondsAfterNine) < 1e-6)
    }

    @Test(
        arguments: [
            "", "2024-05-01", "2024-05-01T09:00:00", "2024-05-01T09:00:00.Z", "2024-05-01T09:00:00.1234567890Z",
            "2024-05-01 09:00:00Z", "2024-13-01T09:00:00Z", "2024-02-30T09:00:00Z", "2023-02-29T00:00:00Z",
            "2024-05-01T24:00:00Z", "2024-05-01T09:60:00Z", "2024-05-01T09:00:60Z", "2024-05-01T09:00:00+0000",
            "2024-05-01T09:00:00 00:00", "2024-05-01T09:00:00ZZ", "24-05-01T09:00:00Z", "2024-05-01T09:00:00.5",
        ]
    )
    func rejectsOtherShapes(text: String) {
        #expect(DurableDate.parse(text) == nil)
    }

    @Test func leapDayAndDistantYearsAreExact() throws {
        #expect(DurableDate.parse("2024-02-29T00:00:00Z")?.timeIntervalSince1970 == 1_709_164_800)
        #expect(DurableDate.parse("1970-01-01T00:00:00Z")?.timeIntervalSince1970 == 0)
        #expect(DurableDate.parse("1969-12-31T23:59:59Z")?.timeIntervalSince1970 == -1)
        #expect(DurableDate.parse("0001-01-01T00:00:00Z")?.timeIntervalSince1970 == -62_135_596_800)
        #expect(DurableDate.parse("9999-12-31T23:59:59Z")?.timeIntervalSince1970 == 253_402_300_799)
    }

    @Test func formatsTheThreeHostStyles() throws {
        let date = try #require(DurableDate.parse("2024-05-01T09:00:01.25Z"))
        #expect(DurableDate.format(date, style: .wholeSeconds) == "2024-05-01T09:00:01Z")
        #expect(DurableDate.format(date, style: .fractional) == "2024-05-01T09:00:01.25Z")
        #expect(DurableDate.format(date, style: .fractionalWithOffset) == "2024-05-01T09:00:01.25+00:00")
        #expect(DurableDate.format(mayFirst, style: .fractional) == "2024-05-01T09:00:00Z")
        #expect(DurableDate.format(mayFirst, style: .fractionalWithOffset) == "2024-05-01T09:00:00+00:00")
    }

    @Test func wholeSecondsTruncatesTheFraction() throws {
        let date = try #require(DurableDate.parse("2024-05-01T09:00:07.9Z"))
        #expect(DurableDate.format(date, style: .wholeSeconds) == "2024-05-01T09:00:07Z")
    }

    @Test func offsetInputIsFormattedInUTC() throws {
        let date = try #require(DurableDate.parse("2024-05-01T00:30:00.5+02:00"))
        #expect(DurableDate.format(date, style: .fractional) == "2024-04-30T22:30:00.5Z")
    }

    @Test func formatsDatesBefore1970() {
        #expect(DurableDate.format(Date(timeIntervalSince1970: -0.5), style: .fractional) == "1969-12-31T23:59:59.5Z")
        #expect(
            DurableDate.format(Date(timeIntervalSince1970: -86_401), style: .wholeSeconds) == "1969-12-30T23:59:59Z"
        )
    }

    @Test func extremeDatesAreClampedInsteadOfTrapping() {
        #expect(DurableDate.format(.distantFuture, style: .wholeSeconds).hasPrefix("4001-01-01"))
        #expect(
            DurableDate.format(Date(timeIntervalSinceReferenceDate: .infinity), style: .fractional)
                == "9999-12-31T23:59:59Z"
        )
        #expect(
            DurableDate.format(Date(timeIntervalSinceReferenceDate: -.infinity), style: .fractional)
                == "0001-01-01T00:00:00Z"
        )
        #expect(
            DurableDate.format(Date(timeIntervalSinceReferenceDate: .nan), style: .wholeSeconds)
                == "2001-01-01T00:00:00Z"
        )
    }

    @Test func upToSixFractionDigitsRoundTripExactly() throws {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let text = randomTimestamp(&generator, fractionDigits: 1 + generator.next(below: 6))
            let date = try #require(DurableDate.parse(text))
            #expect(DurableDate.format(date, style: .fractional) == trimmed(text))
        }
    }

    @Test func sevenFractionDigitsRoundTripToTheSameDate() throws {
        var generator = SplitMix64(seed: 11)
        var identicalText = 0
        for _ in 0..<2_000 {
            let text = randomTimestamp(&generator, fractionDigits: 7)
            let date = try #require(DurableDate.parse(text))
            let formatted = DurableDate.format(date, style: .fractional)
            #expect(DurableDate.parse(formatted) == date)
            #expect(formatted.count <= text.count)
            if formatted == trimmed(text) {
                identicalText += 1
            }
        }
        #expect(identicalText > 1_000)
    }

    @Test func datesNotFromParsingRoundToTicks() {
        let date = Date(timeIntervalSinceReferenceDate: 1.000_000_01)
        #expect(DurableDate.format(date, style: .fractional) == "2001-01-01T00:00:01Z")
        let later = Date(timeIntervalSinceReferenceDate: 1.123_456_789)
        #expect(DurableDate.format(later, style: .fractional) == "2001-01-01T00:00:01.1234568Z")
        let almost = Date(timeIntervalSinceReferenceDate: 1.999_999_99)
        #expect(DurableDate.format(almost, style: .fractional) == "2001-01-01T00:00:02Z")
        #expect(DurableDate.format(almost, style: .wholeSeconds) == "2001-01-01T00:00:01Z")
    }

    @Test func hostExampleTimestampsRoundTrip() throws {
        for text in ["2024-05-01T09:00:00.1452372Z", "2024-05-01T09:00:01.5Z", "2024-05-01T09:12:44.6326361Z"] {
            let date = try #require(DurableDate.parse(text))
            #expect(DurableDate.format(date, style: .fractional) == text)
        }
        let scheduled = try #require(DurableDate.parse("2024-05-01T09:00:01.9939873+00:00"))
        #expect(DurableDate.format(scheduled, style: .fractionalWithOffset) == "2024-05-01T09:00:01.9939873+00:00")
    }

    private func randomTimestamp(_ generator: inout SplitMix64, fractionDigits: Int) -> String {
        let seconds = 1_000_000_000 + generator.next(below: 3_000_000_000) - 2_000_000_000
        let whole = DurableDate.format(Date(timeIntervalSince1970: Double(seconds)), style: .wholeSeconds)
        var fraction = ""
        for _ in 0..<fractionDigits {
            fraction += String(generator.next(below: 10))
        }
        return whole.dropLast() + "." + fraction + "Z"
    }

    private func trimmed(_ text: String) -> String {
        var body = String(text.dropLast())
        while body.hasSuffix("0") {
            body.removeLast()
        }
        if body.hasSuffix(".") {
            body.removeLast()
        }
        return body + "Z"
    }
}
