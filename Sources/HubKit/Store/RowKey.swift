/// A row's place in a sorted table: its sort value and, for ties, its id.
///
/// Sorting 100,000 rows compares keys about two million times, so each key carries its value reduced to two
/// integers that order the same way (a number's order-preserving bits, or a text's first 16 UTF-8 bytes) and the
/// first 8 bytes of its id. Most comparisons end on those integers; only equal heads read the whole texts. Texts
/// and ids compare by their UTF-8 bytes, which is the order of their Unicode scalars.
public struct RowKey: Hashable, Sendable {
    /// The value's first 8 ordering bytes, big-endian.
    let head: UInt64
    /// The value's next 8 ordering bytes (zero for a number).
    let tail: UInt64
    /// The whole text of a text value, compared when the heads tie; `nil` for a number.
    let text: String?
    /// The id's first 8 UTF-8 bytes, big-endian.
    let idHead: UInt64
    /// The row's id.
    public let id: String

    /// The key of a row sorted by a number.
    public init(number: Double, id: String) {
        let bits = number.bitPattern
        let signBit: UInt64 = 1 << 63
        head = bits & signBit != 0 ? ~bits : bits | signBit
        tail = 0
        text = nil
        idHead = Self.bytes(of: id, from: 0)
        self.id = id
    }

    /// The key of a row sorted by a text.
    public init(text: String, id: String) {
        head = Self.bytes(of: text, from: 0)
        tail = Self.bytes(of: text, from: 8)
        self.text = text
        idHead = Self.bytes(of: id, from: 0)
        self.id = id
    }

    /// Whether this key sorts before `other`: values in the given direction, equal values by id, ascending.
    public func precedes(_ other: RowKey, descending: Bool) -> Bool {
        if head != other.head {
            return descending ? head > other.head : head < other.head
        }
        if tail != other.tail {
            return descending ? tail > other.tail : tail < other.tail
        }
        if let text, let otherText = other.text {
            let order = Self.compare(text, otherText)
            if order != 0 {
                return descending ? order > 0 : order < 0
            }
        }
        if idHead != other.idHead {
            return idHead < other.idHead
        }
        return Self.compare(id, other.id) < 0
    }

    /// Eight UTF-8 bytes of `text` from `offset`, big-endian, zero past its end.
    private static func bytes(of text: String, from offset: Int) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var value: UInt64 = 0
            for index in offset..<(offset + 8) {
                value <<= 8
                if index < bytes.count {
                    value |= UInt64(bytes[index])
                }
            }
            return value
        }
    }

    /// The order of two texts by their UTF-8 bytes: negative, zero or positive.
    private static func compare(_ first: String, _ second: String) -> Int {
        var first = first
        var second = second
        return first.withUTF8 { left in
            second.withUTF8 { right in
                let shared = min(left.count, right.count)
                for index in 0..<shared where left[index] != right[index] {
                    return left[index] < right[index] ? -1 : 1
                }
                return left.count - right.count
            }
        }
    }
}
