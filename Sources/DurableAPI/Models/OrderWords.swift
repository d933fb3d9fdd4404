/// A text, or a number, reduced to numbers that order as it does: a text's first 32 UTF-8 bytes (big-endian, zero
/// past its end) and its length, or a number's order-preserving bits. Two texts of at most 32 bytes (instance ids
/// mostly are), and any two numbers, are ordered by these alone; longer texts whose first 32 bytes tie need their
/// whole bytes.
///
/// A status keeps its id's words (``OrchestrationStatus/instanceIdWords``), so that sorting 100,000 held rows
/// reads no id's bytes from elsewhere in memory.
public struct OrderWords: Hashable, Sendable {
    /// Bytes 0–7, 8–15, 16–23 and 24–31.
    @usableFromInline let words: (UInt64, UInt64, UInt64, UInt64)
    /// The text's length in UTF-8 bytes (zero for a number).
    public let length: Int

    /// The first word: all of a number's, or a text's first eight bytes. Values whose leading words differ are
    /// ordered by them alone.
    @inlinable public var leading: UInt64 { words.0 }

    /// The number of bytes the words hold.
    public static let capacity = 32

    /// The words of a text.
    public init(text: String) {
        self = text.withBorrowedUTF8(Self.init(bytes:))
    }

    /// Bytes 32–39 of a text, big-endian, zero past its end: with the words, they order two texts of at most
    /// 40 bytes (a sub-orchestration's id is its parent's and a suffix, `:child:3` in the simulated host).
    public static func tail(of text: String) -> UInt64 {
        text.withBorrowedUTF8 { word($0, capacity) }
    }

    /// The longest texts the words and ``tail(of:)`` order alone.
    private static let tailCapacity = capacity + 8

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

    /// The words of a number: its bits rearranged so that they order as the numbers do.
    @inlinable public init(number: Double) {
        let bits = number.bitPattern
        let signBit: UInt64 = 1 << 63
        words = (bits & signBit != 0 ? ~bits : bits | signBit, 0, 0, 0)
        length = 0
    }

    /// Whether two values have the same words.
    @inlinable public static func == (lhs: OrderWords, rhs: OrderWords) -> Bool {
        lhs.words == rhs.words && lhs.length == rhs.length
    }

    /// Hashes the words.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
        hasher.combine(length)
    }

    /// The ascending order of two values by their words: negative, zero or positive; `nil` when both are texts
    /// longer than 32 bytes whose first 32 bytes tie.
    @inlinable public static func order(_ one: OrderWords, _ other: OrderWords) -> Int? {
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
            return lengthOrder(one, other)
        }
        return nil
    }

    /// The ascending order of two texts by their words, then by their tails (``tail(of:)``): negative, zero or
    /// positive; `nil` when both are longer than 40 bytes and their first 40 bytes tie.
    public static func order(
        _ one: OrderWords,
        tail oneTail: UInt64,
        _ other: OrderWords,
        tail otherTail: UInt64
    ) -> Int? {
        if let order = order(one, other) {
            return order
        }
        if oneTail != otherTail {
            return oneTail < otherTail ? -1 : 1
        }
        return min(one.length, other.length) <= tailCapacity ? lengthOrder(one, other) : nil
    }

    /// The order of two texts whose bytes tie as far as the shorter goes: the shorter first.
    @usableFromInline static func lengthOrder(_ one: OrderWords, _ other: OrderWords) -> Int {
        one.length == other.length ? 0 : (one.length < other.length ? -1 : 1)
    }
}
