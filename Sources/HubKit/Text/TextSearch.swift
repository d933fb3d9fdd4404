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
    /// The word's pairs of adjacent bytes; none for a word outside ASCII, whose lowering is not bytewise.
    private let pairs: SearchPairs

    /// A search for `word` (already lower-cased).
    public init(_ word: String) {
        self.word = word
        self.bytes = Array(word.utf8)
        self.isASCII = bytes.allSatisfy { $0 < 0x80 }
        self.pairs = isASCII ? SearchPairs(word) : SearchPairs()
    }

    /// Whether texts with these pairs may hold the word: when `false`, none of them does.
    public func mayBeFound(in texts: SearchPairs) -> Bool {
        texts.contains(pairs)
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
            for start in 0...(haystack.count - bytes.count) where haystack[start].asciiLowercased == first {
                var matched = 1
                while matched < bytes.count && haystack[start + matched].asciiLowercased == bytes[matched] {
                    matched += 1
                }
                if matched == bytes.count {
                    return true
                }
            }
            return false
        }
    }
}
