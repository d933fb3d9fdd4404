import ScreenKit

/// Splits one line of pretty-printed JSON into styled pieces: keys, strings, literals and punctuation.
enum JSONLineStyler {
    /// The pieces of a line, in order; joined they give the line back unchanged.
    static func segments(of line: String) -> [(String, StyleName)] {
        var segments: [(String, StyleName)] = []
        var rest = Substring(line)
        let indent = rest.prefix { $0 == " " }
        if !indent.isEmpty {
            segments.append((String(indent), .body))
            rest = rest.dropFirst(indent.count)
        }
        if rest.first == "\"", let end = stringEnd(in: rest) {
            let quoted = rest[..<end]
            let after = rest[end...]
            if after.hasPrefix(": ") {
                segments.append((String(quoted), .jsonKey))
                segments.append((": ", .jsonPunctuation))
                rest = after.dropFirst(2)
            }
        }
        segments += value(rest)
        return segments
    }

    /// A value with its trailing punctuation.
    private static func value(_ text: Substring) -> [(String, StyleName)] {
        guard let first = text.first else {
            return []
        }
        if first == "\"", let end = stringEnd(in: text) {
            return [(String(text[..<end]), .jsonString)] + punctuation(text[end...])
        }
        if "{}[]".contains(first) {
            return [(String(text), .jsonPunctuation)]
        }
        var body = text
        var trailing = Substring("")
        if body.hasSuffix(",") {
            trailing = body.suffix(1)
            body = body.dropLast()
        }
        return [(String(body), .jsonLiteral)] + punctuation(trailing)
    }

    private static func punctuation(_ text: Substring) -> [(String, StyleName)] {
        text.isEmpty ? [] : [(String(text), .jsonPunctuation)]
    }

    /// The index just after the closing quote of the JSON string that starts `text`.
    private static func stringEnd(in text: Substring) -> Substring.Index? {
        var index = text.index(after: text.startIndex)
        var escaped = false
        while index < text.endIndex {
            let character = text[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return text.index(after: index)
            }
            index = text.index(after: index)
        }
        return nil
    }
}
