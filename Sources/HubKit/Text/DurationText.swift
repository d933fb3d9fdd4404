import Foundation

/// Durations as operators type and read them: `90s`, `5m`, `2h`, `1d`, `1h30m` in, `2h 05m` out.
///
/// The one parser for command-line flags and configuration files, and the one formatter for reasons and
/// summaries that HubKit writes.
public enum DurationText {
    /// The longest duration read or written: 100 years, far past any threshold or age, and far inside `Int`.
    public static let longest: TimeInterval = 100 * 365 * 86_400

    /// Seconds per unit letter: `s`, `m`, `h`, `d`.
    private static let units: [Character: Double] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]

    /// Reads a positive duration: plain seconds (`45`, `2.5`), or one or more number-and-unit parts
    /// (`90s`, `10m`, `1.5h`, `2d`, `1h30m`, `1d 2h`), units `s`, `m`, `h`, `d`.
    ///
    /// - Returns: The length in seconds; `nil` for empty, malformed, zero or negative text, or beyond ``longest``.
    public static func parse(_ text: String) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) {
            return seconds > 0 && seconds <= longest ? seconds : nil
        }
        var total = 0.0
        var number = ""
        for character in trimmed {
            if character.isASCII && (character.isNumber || character == ".") {
                number.append(character)
            } else if let unit = units[character], let value = Double(number) {
                total += value * unit
                number = ""
            } else if character != " " || !number.isEmpty {
                return nil
            }
        }
        guard number.isEmpty, total > 0, total <= longest else {
            return nil
        }
        return total
    }

    /// Two units at most, the smaller one padded and dropped when zero: `45s`, `4m 12s`, `15m`, `2h 05m`, `5h`,
    /// `3d 04h`. Fractions of a second are dropped; negative lengths read as zero, longer than ``longest`` (or not a
    /// number) as ``longest``.
    public static func format(_ interval: TimeInterval) -> String {
        let seconds = Int(interval.isNaN ? longest : min(max(0, interval), longest))
        if seconds < 60 {
            return "\(seconds)s"
        }
        if seconds < 3_600 {
            return pair(seconds / 60, "m", seconds % 60, "s")
        }
        if seconds < 86_400 {
            return pair(seconds / 3_600, "h", seconds / 60 % 60, "m")
        }
        return pair(seconds / 86_400, "d", seconds / 3_600 % 24, "h")
    }

    /// `5h` when `minor` is zero, else `5h 07m`.
    private static func pair(_ major: Int, _ majorUnit: String, _ minor: Int, _ minorUnit: String) -> String {
        let head = "\(major)\(majorUnit)"
        if minor == 0 {
            return head
        }
        return head + (minor < 10 ? " 0" : " ") + "\(minor)\(minorUnit)"
    }
}
