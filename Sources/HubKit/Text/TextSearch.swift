import DurableAPI

/// Case-insensitive search for a lower-case word in text, without lowering or copying the text: the filter asks
/// it of every held row on each keystroke that applies, so it must cost no allocation per row.
///
/// Letters A–Z in the text are compared as a–z; other bytes exactly. A word with letters outside ASCII is
/// searched in the lowered text instead, so it still matches in any letter case.
public struct TextSearch: Hashable, Sendable {
    /// The word, lower-cased, as typed.
    public let word: String
    /// Its UTF-8 bytes.
    private let bytes: [UInt8]
    /// Whether every byte is ASCII (the fast path).
    private let isASCII: Bool

    /// A search for `word` (already lower-cased).
    public init(_ word: String) {
        self.word = word
        self.bytes = Array(word.utf8)
        self.isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    /// Whether `text` holds the word, in any letter case.
    public func found(in text: String) -> Bool {
        guard isASCII else {
            return text.lowercased().contains(word)
        }
        guard let first = bytes.first else {
            return true
        }
        return text.withBorrowedUTF8 { haystack in
            guard haystack.count >= bytes.count else {
                return false
            }
            for start in 0...(haystack.count - bytes.count) where Self.lowered(haystack[start]) == first {
                var matched = 1
                while matched < bytes.count && Self.lowered(haystack[start + matched]) == bytes[matched] {
                    matched += 1
                }
                if matched == bytes.count {
                    return true
                }
            }
            return false
        }
    }

    /// Whether a JSON value holds the word in one of its keys, strings, numbers or literals.
    public func found(in value: JSONValue) -> Bool {
        switch value {
        case .null:
            found(in: "null")
        case .bool(let flag):
            found(in: flag ? "true" : "false")
        case .number(let number):
            found(in: number.literal)
        case .string(let text):
            found(in: text)
        case .array(let elements):
            elements.contains { found(in: $0) }
        case .object(let members):
            members.contains { found(in: $0.key) || found(in: $0.value) }
        }
    }

    /// An ASCII capital as its small letter; any other byte as it is.
    private static func lowered(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
