/// Texts compared by their UTF-8 bytes, and numbers as bits that order the same way.
enum ByteOrder {
    /// The order of two texts by their UTF-8 bytes: negative, zero or positive.
    static func compare(_ first: String, _ second: String) -> Int {
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

    /// A number's bits rearranged so that they order as the numbers do.
    static func word(of number: Double) -> UInt64 {
        let bits = number.bitPattern
        let signBit: UInt64 = 1 << 63
        return bits & signBit != 0 ? ~bits : bits | signBit
    }
}
