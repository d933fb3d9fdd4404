import DurableAPI
import Foundation

/// The query string as the extension reads it (§1.3): names case-insensitive, values form-decoded (`+` is a
/// space), repeats joined with commas (the .NET `NameValueCollection` indexer), lenient typed parsing.
struct QueryParameters: Sendable {
    private var pairs: [(name: String, value: String)] = []

    /// Parses a raw query string (without `?`).
    init(_ rawQuery: String?) {
        guard let rawQuery, !rawQuery.isEmpty else {
            return
        }
        for piece in rawQuery.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = PercentEncoding.decode(String(parts[0]), plusAsSpace: true).lowercased()
            let value = parts.count > 1 ? PercentEncoding.decode(String(parts[1]), plusAsSpace: true) : ""
            pairs.append((name, value))
        }
    }

    /// Every value given for `name`, in order.
    func values(_ name: String) -> [String] {
        let key = name.lowercased()
        return pairs.filter { $0.name == key }.map(\.value)
    }

    /// The value of `name`, repeats joined with `,`; `nil` when absent.
    func value(_ name: String) -> String? {
        let all = values(name)
        return all.isEmpty ? nil : all.joined(separator: ",")
    }

    /// .NET `bool.TryParse`: `true`/`false` in any letter case (surrounding whitespace allowed), else `fallback`.
    func bool(_ name: String, default fallback: Bool) -> Bool {
        switch value(name)?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": return true
        case "false": return false
        default: return fallback
        }
    }

    /// .NET `int.TryParse`, else `fallback`.
    func int(_ name: String, default fallback: Int) -> Int {
        value(name).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? fallback
    }

    /// .NET `double.TryParse` (seconds and the like), else `nil`.
    func double(_ name: String) -> Double? {
        value(name).flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// `DateTime.TryParse` for the shapes a client sends (ISO 8601 with 0–9 fraction digits and `Z` or an offset,
    /// or no zone = UTC on this host); `nil` when it does not parse, which silently drops the filter.
    func date(_ name: String) -> Date? {
        guard let text = value(name)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return nil
        }
        if let date = DurableDate.parse(text) {
            return date
        }
        return DurableDate.parse(text + "Z")
    }
}
