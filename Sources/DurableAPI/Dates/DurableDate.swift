import Foundation

/// Parsing and formatting of the host's ISO 8601 timestamps, exact and independent of locale and time zone.
///
/// The parser reads the fields itself with a proleptic-Gregorian UTC calculation instead of using
/// `ISO8601DateFormatter`, which needs different option sets for with/without fractions and is unreliable
/// beyond 3 fraction digits on Linux.
///
/// Precision: `Date` is a `Double` of seconds since 2001-01-01. For dates between 1901 and 2100 its resolution
/// is finer than 0.5 µs, so a parsed timestamp with up to 6 fraction digits formats back to exactly the same
/// digits. The host's 7th digit (100 ns ticks) is within one tick after a parse/format round trip (nearer
/// to 2001 it is exact). Digits 8 and 9 are accepted and rounded.
public enum DurableDate {
    private static let secondsFrom1970To2001 = 978_307_200
    private static let ticksPerSecond = 10_000_000

    /// Parses `yyyy-MM-ddTHH:mm:ss`, an optional `.` with 1–9 fraction digits, and `Z`, `z` or `±HH:MM`.
    /// Returns `nil` for anything else (including out-of-range fields such as month 13 or February 30).
    public static func parse(_ text: String) -> Date? {
        var scanner = DateScanner(bytes: Array(text.utf8))
        guard let fields = scanner.scan() else {
            return nil
        }
        let days = CivilDate(year: fields.year, month: fields.month, day: fields.day).daysSinceEpoch
        let localSeconds = days * 86_400 + fields.hour * 3_600 + fields.minute * 60 + fields.second
        let utcSeconds = localSeconds - fields.offsetSeconds
        let sinceReference = Double(utcSeconds - secondsFrom1970To2001)
        return Date(timeIntervalSinceReferenceDate: sinceReference + Double(fields.nanoseconds) / 1_000_000_000)
    }

    /// Formats `date` in UTC in the given host style.
    public static func format(_ date: Date, style: DurableDateStyle) -> String {
        let (seconds, ticks) = secondsAndTicks(of: date)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let civil = CivilDate(daysSinceEpoch: days)
        var text = pad(civil.year, 4) + "-" + pad(civil.month, 2) + "-" + pad(civil.day, 2)
        text += "T" + pad(secondOfDay / 3_600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        switch style {
        case .wholeSeconds:
            return text + "Z"
        case .fractional:
            return text + trimmedFraction(ticks) + "Z"
        case .fractionalWithOffset:
            return text + trimmedFraction(ticks) + "+00:00"
        }
    }

    /// Whole seconds since 1970 (rounded down) and 100 ns ticks within the second (rounded to nearest).
    private static func secondsAndTicks(of date: Date) -> (Int, Int) {
        let interval = date.timeIntervalSinceReferenceDate
        let whole = interval.rounded(.down)
        var seconds = Int(whole) + secondsFrom1970To2001
        var ticks = Int(((interval - whole) * Double(ticksPerSecond)).rounded())
        if ticks == ticksPerSecond {
            seconds += 1
            ticks = 0
        }
        return (seconds, ticks)
    }

    /// `.` plus the 7-digit tick fraction without trailing zeros, or `""` for a zero fraction.
    private static func trimmedFraction(_ ticks: Int) -> String {
        guard ticks > 0 else {
            return ""
        }
        var digits = Array(pad(ticks, 7))
        while digits.last == "0" {
            digits.removeLast()
        }
        return "." + String(digits)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        guard digits.count < width else {
            return digits
        }
        return String(repeating: "0", count: width - digits.count) + digits
    }
}
