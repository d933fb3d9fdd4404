/// Finds a table header whose key starts with a character no key can start with (`[é]`, `[!x]`, a `[` that ends
/// its line), which the configuration files must never hand to TOMLKit: its parser (toml++) asserts on such a
/// header instead of reporting an error, which aborts a debug build and is undefined behaviour in a release build.
/// Found by the TOML fuzz targets.
enum TOMLHeaderCheck {
    /// The 1-based line of the first such header, or `nil` when there is none (a byte order mark that starts the
    /// text is skipped, as toml++ skips it). Lines end at every LF byte (`\r\n` is one `Character`, so splitting
    /// characters would miss the line after it). The check reads lines, not TOML: a line of a multi-line string or
    /// array that looks like such a header counts too, a small price for never reaching the assertion.
    static func firstUnparsableHeader(in text: String) -> Int? {
        let body = text.unicodeScalars.first == "\u{FEFF}" ? Substring(text.unicodeScalars.dropFirst()) : text[...]
        let lines = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            var rest = line.drop(while: isBlank)
            guard rest.first == UInt8(ascii: "[") else {
                continue
            }
            rest = rest.dropFirst().drop(while: isBlank)
            if rest.first == UInt8(ascii: "[") {
                rest = rest.dropFirst().drop(while: isBlank)
            }
            guard let first = rest.first, canStartHeaderKey(first) else {
                return index + 1
            }
        }
        return nil
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// A bare key character (`A-Z a-z 0-9 _ -`), a quote, or the `]` of an empty header (which toml++ reports).
    private static func canStartHeaderKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"):
            true
        default:
            false
        }
    }
}
