/// An id, or a number, reduced to numbers that order as it does: a text's first 32 UTF-8 bytes (big-endian, zero
/// past its end) and its length, or a number's order-preserving bits. Two texts of at most 32 bytes (instance ids
/// mostly are), and any two numbers, are ordered by these alone; longer texts whose first 32 bytes tie need their
/// whole bytes.
struct OrderWords: Hashable, Sendable {
    /// Bytes 0–7, 8–15, 16–23 and 24–31.
    private let words: (UInt64, UInt64, UInt64, UInt64)
    /// The text's length in UTF-8 bytes (zero for a number).
    let length: Int

    /// The first word: all of a number's, or a text's first eight bytes. Values whose leading words differ are
    /// ordered by them alone.
    var leading: UInt64 { words.0 }

    /// The number of bytes the words hold.
    static let capacity = 32

    /// The words of a text, read where the text keeps its bytes (a copy only for a text that keeps them
    /// elsewhere, such as a bridged one).
    init(text: String) {
        if let words = text.utf8.withContiguousStorageIfAvailable(Self.init(bytes:)) {
            self = words
        } else {
            var text = text
            self = text.withUTF8(Self.init(bytes:))
        }
    }

    /// The words of a text's UTF-8 bytes.
    private init(bytes: UnsafeBufferPointer<UInt8>) {
        words = (Self.word(bytes, 0), Self.word(bytes, 8), Self.word(bytes, 16), Self.word(bytes, 24))
        length = bytes.count
    }

    /// Eight bytes from `offset`, big-endian, zero past the end.
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        var word: UInt64 = 0
        for index in offset..<(offset + 8) {
            word = word << 8 | (index < bytes.count ? UInt64(bytes[index]) : 0)
        }
        return word
    }

    /// The words of a number.
    init(number: Double) {
        words = (ByteOrder.word(of: number), 0, 0, 0)
        length = 0
    }

    static func == (lhs: OrderWords, rhs: OrderWords) -> Bool {
        lhs.words == rhs.words && lhs.length == rhs.length
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
        hasher.combine(length)
    }

    /// The ascending order of two values by their words: negative, zero or positive; `nil` when both are texts
    /// longer than 32 bytes whose first 32 bytes tie.
    static func order(_ one: OrderWords, _ other: OrderWords) -> Int? {
        if one.words.0 != other.words.0 {
            return one.words.0 < other.words.0 ? -1 : 1
        }
        if one.words.1 != other.words.1 {
            return one.words.1 < other.words.1 ? -1 : 1
        }
        if one.words.2 != other.words.2 {
            return one.words.2 < other.words.2 ? -1 : 1
        }
        if one.words.3 != other.words.3 {
            return one.words.3 < other.words.3 ? -1 : 1
        }
        if one.length <= capacity || other.length <= capacity {
            return one.length == other.length ? 0 : (one.length < other.length ? -1 : 1)
        }
        return nil
    }
}
