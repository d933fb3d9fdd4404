/// The pairs of adjacent bytes that some texts hold, letters A–Z taken as a–z, folded into 256 bits.
///
/// A text that holds a word holds each pair of the word's, so a row whose pairs lack one of a word's cannot hold
/// the word: the filter passes over most of 100,000 rows by comparing these bits, kept with each status, without
/// reading the row's texts from elsewhere in memory. Bits shared by chance only let a row through to the full
/// search.
public struct SearchPairs: Sendable, Hashable {
    /// One bit for each hashed pair.
    @usableFromInline var bits = SIMD4<UInt64>()

    /// No pairs: contained in any.
    public init() {}

    /// The pairs of one text.
    public init(_ text: String) {
        add(text)
    }

    /// Adds the pairs of `text`.
    public mutating func add(_ text: String) {
        text.withBorrowedUTF8 { bytes in
            guard var previous = bytes.first?.asciiLowercased else {
                return
            }
            for byte in bytes.dropFirst() {
                let next = byte.asciiLowercased
                let pair = UInt32(previous) << 8 | UInt32(next)
                let bit = Int((pair &* 0x9E37_79B1) >> 24)
                bits[bit >> 6] |= 1 << UInt64(bit & 63)
                previous = next
            }
        }
    }

    /// Whether every pair of `other` may be among these.
    @inlinable public func contains(_ other: SearchPairs) -> Bool {
        bits & other.bits == other.bits
    }
}
