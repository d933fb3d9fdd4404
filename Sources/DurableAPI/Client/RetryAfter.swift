import Foundation

/// The one reader of a `Retry-After` header (RFC 9110 §10.2.3): whole seconds, or an HTTP-date.
public enum RetryAfter {
    /// How long the host asks to wait, as of `now`: `7` is 7 s, `Sun, 06 Nov 1994 08:49:37 GMT` is the time until
    /// then.
    ///
    /// - Returns: `nil` for no header, text that is neither form, a negative number, or a date already past (which
    ///   says nothing useful, most likely a clock off), so the caller falls back to its own wait.
    public static func delay(_ value: String?, now: Date) -> Duration? {
        guard let text = value?.trimmingWhitespace(), !text.isEmpty else {
            return nil
        }
        if text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return Int(text).map { .seconds($0) } ?? .seconds(Int.max)
        }
        guard let date = HTTPDate.parse(text), date > now else {
            return nil
        }
        return .seconds(date.timeIntervalSince(now))
    }
}
