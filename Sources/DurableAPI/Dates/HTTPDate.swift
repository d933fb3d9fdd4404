import Foundation

/// Reads an HTTP-date (RFC 9110 §5.6.7) in any of its three forms, as a recipient must:
/// `Sun, 06 Nov 1994 08:49:37 GMT` (IMF-fixdate), `Sunday, 06-Nov-94 08:49:37 GMT` (RFC 850) and
/// `Sun Nov  6 08:49:37 1994` (asctime). Every form is UTC.
public enum HTTPDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The moment `text` names; `nil` when it is not an HTTP-date or names an impossible time.
    public static func parse(_ text: String) -> Date? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
        guard parts.count >= 5, parts[0].allSatisfy(\.isLetter) else {
            return nil
        }
        let day: Int?
        let month: Int?
        let year: Int?
        let clock: String
        if parts.count == 6, parts[5] == "GMT" {
            (day, month, year, clock) = (Int(parts[1]), monthNumber(parts[2]), fullYear(parts[3]), parts[4])
        } else if parts.count == 5 {
            (day, month, year, clock) = (Int(parts[2]), monthNumber(parts[1]), Int(parts[4]), parts[3])
        } else {
            return nil
        }
        let time = clock.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard let day, let month, let year, time.count == 3, let hour = time[0], let minute = time[1],
            let second = time[2], (1...CivilDate.daysInMonth(year: year, month: month)).contains(day),
            (0..<24).contains(hour), (0..<60).contains(minute), (0...60).contains(second)
        else {
            return nil
        }
        let days = CivilDate(year: year, month: month, day: day).daysSinceEpoch
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    private static func monthNumber(_ name: String) -> Int? {
        months.firstIndex(of: name.lowercased()).map { $0 + 1 }
    }

    /// A four-digit year as written; a two-digit RFC 850 year in 1970…2069.
    private static func fullYear(_ text: String) -> Int? {
        guard let year = Int(text), year >= 0 else {
            return nil
        }
        switch text.count {
        case 2: return year < 70 ? 2000 + year : 1900 + year
        case 4: return year
        default: return nil
        }
    }
}
