import DurableAPI
import Foundation

/// The `dates` target: a timestamp as the host writes it; every style it formats to must parse again, formatting
/// what that parse gives must write the same text, and a timestamp of years 0002–9998 with at most 7 fraction
/// digits must come back as the very same `Date` (the guarantees `DurableDate` documents).
enum DateFuzzing {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let date = DurableDate.parse(text) else {
            return .rejected("not a host timestamp")
        }
        let exact = isExactlyFormattable(text)
        for style in DurableDateStyle.allCases {
            let formatted = DurableDate.format(date, style: style)
            guard let parsed = DurableDate.parse(formatted) else {
                return .broken("\(text) formats as \(formatted) (\(style)), which does not parse")
            }
            guard DurableDate.format(parsed, style: style) == formatted else {
                return .broken("\(text) formats as \(formatted) (\(style)), which formats differently once parsed")
            }
            if exact, style != .wholeSeconds, parsed != date {
                return .broken("\(text) formats as \(formatted) (\(style)), which parses to another date")
            }
        }
        return .accepted
    }

    /// Whether a parsed timestamp is one the formatter promises to write back exactly: its year is far enough from
    /// 0001 and 9999 that no offset moves it out of range, and its fraction has at most 7 digits.
    private static func isExactlyFormattable(_ text: String) -> Bool {
        guard let year = Int(text.prefix(4)), (2...9998).contains(year) else {
            return false
        }
        guard let dot = text.firstIndex(of: ".") else {
            return true
        }
        return text[text.index(after: dot)...].prefix(while: \.isNumber).count <= 7
    }
}
