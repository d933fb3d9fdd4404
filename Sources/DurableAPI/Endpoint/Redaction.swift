/// Removes secrets from text and JSON before they are printed, logged or drawn: the one masker of durabletop.
///
/// In text it replaces every occurrence of the known key texts (raw and percent-encoded), every `code=` and `sig=`
/// query value (up to `&`, `#`, whitespace, a quote or the end), every `x-functions-key:` header value and every
/// bearer token. In JSON (``apply(_:)-(JSONValue)``) it also masks the values of credential members
/// (`Authorization`, `password`, `access_token`, …) and looks inside strings that hold JSON.
public struct Redaction: Sendable, Hashable {
    /// What replaces a secret.
    public static let mask = "***"

    /// A redaction that knows no key text and only removes `code=` and `x-functions-key` values.
    public static let standard = Redaction(secrets: [])

    /// Key texts to remove wherever they appear.
    public let secrets: [String]

    /// Creates a redaction for the given key texts; empty texts are ignored.
    public init(secrets: [String]) {
        var kept: [String] = []
        for secret in secrets where !secret.isEmpty {
            kept.append(secret)
            let encoded = PercentEncoding.encodeQueryValue(secret)
            if encoded != secret {
                kept.append(encoded)
            }
        }
        self.secrets = kept.sorted { $0.count > $1.count }
    }

    /// Returns `text` with every secret replaced by ``mask``.
    public func apply(_ text: String) -> String {
        var result = text
        for secret in secrets {
            result = result.replacingAll(secret, with: Self.mask)
        }
        result = Self.maskValues(after: "code=", in: result, stoppingAt: Self.queryValueEnd)
        result = Self.maskValues(after: "sig=", in: result, stoppingAt: Self.queryValueEnd)
        result = Self.maskValues(after: "bearer ", in: result, stoppingAt: Self.queryValueEnd + ",}]")
        result = Self.maskValues(after: "x-functions-key:", in: result, stoppingAt: "\"'\r\n,}")
        return result
    }

    /// What ends a query value or a token: `&`, `#`, whitespace, a quote, an angle bracket.
    private static let queryValueEnd = "&#\"' \t\r\n<>"

    private static func maskValues(after marker: String, in text: String, stoppingAt stops: String) -> String {
        guard mayHold(Array(marker.utf8), in: text) else {
            return text
        }
        let characters = Array(text)
        let markerCharacters = Array(marker.lowercased())
        let stopSet = Set(stops)
        var output = ""
        var index = 0
        while index < characters.count {
            if matches(markerCharacters, in: characters, at: index) {
                output.append(String(characters[index..<index + markerCharacters.count]))
                index += markerCharacters.count
                var end = index
                while end < characters.count, characters[end] == " " {
                    output.append(" ")
                    end += 1
                }
                var valueEnd = end
                while valueEnd < characters.count, !stopSet.contains(characters[valueEnd]) {
                    valueEnd += 1
                }
                if valueEnd > end {
                    output.append(mask)
                }
                index = valueEnd
            } else {
                output.append(characters[index])
                index += 1
            }
        }
        return output
    }

    /// Whether `text` may hold `marker` (ASCII, lower case) in any letter case. A text of ASCII only is searched
    /// byte by byte, so most texts are passed over without being split into characters; any other text may hold
    /// it (a non-ASCII letter can lower-case to an ASCII one, as the Kelvin sign does to k).
    private static func mayHold(_ marker: [UInt8], in text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                if bytes[index] >= 0x80 {
                    return true
                }
                if index + marker.count <= bytes.count, bytes[index].asciiLowercased == marker[0] {
                    var offset = 1
                    while offset < marker.count, bytes[index + offset].asciiLowercased == marker[offset] {
                        offset += 1
                    }
                    if offset == marker.count {
                        return true
                    }
                }
                index += 1
            }
            return false
        }
        return found ?? true
    }

    private static func matches(_ marker: [Character], in characters: [Character], at index: Int) -> Bool {
        guard index + marker.count <= characters.count else { return false }
        for offset in 0..<marker.count where characters[index + offset].lowercased() != String(marker[offset]) {
            return false
        }
        return true
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
