/// A sort value or an id reduced to numbers that order as it does: a text's first 16 UTF-8 bytes (big-endian,
/// zero past its end) and its length, or a number's order-preserving bits. Two texts of at most 16 bytes, and any
/// two numbers, are ordered by these alone; longer texts whose first 16 bytes tie need their whole bytes.
struct OrderWords: Hashable, Sendable {
    /// Bytes 0–7.
    let first: UInt64
    /// Bytes 8–15 (zero for a number).
    let second: UInt64
    /// The text's length in UTF-8 bytes (zero for a number).
    let length: Int

    /// The words of a text.
    init(text: String) {
        var text = text
        (first, second, length) = text.withUTF8 { bytes in
            var words: (UInt64, UInt64) = (0, 0)
            for index in 0..<16 {
                let byte = index < bytes.count ? UInt64(bytes[index]) : 0
                if index < 8 {
                    words.0 = words.0 << 8 | byte
                } else {
                    words.1 = words.1 << 8 | byte
                }
            }
            return (words.0, words.1, bytes.count)
        }
    }

    /// The words of a number.
    init(number: Double) {
        first = ByteOrder.word(of: number)
        second = 0
        length = 0
    }

    /// The ascending order of two values by their words: negative, zero or positive; `nil` when both are texts
    /// longer than 16 bytes whose first 16 bytes tie.
    static func order(_ one: OrderWords, _ other: OrderWords) -> Int? {
        if one.first != other.first {
            return one.first < other.first ? -1 : 1
        }
        if one.second != other.second {
            return one.second < other.second ? -1 : 1
        }
        if one.length <= 16 || other.length <= 16 {
            return one.length == other.length ? 0 : (one.length < other.length ? -1 : 1)
        }
        return nil
    }
}
