import DurableAPI

/// Texts compared by their UTF-8 bytes.
enum ByteOrder {
    /// The order of two texts by their UTF-8 bytes: negative, zero or positive.
    static func compare(_ first: String, _ second: String) -> Int {
        first.withBorrowedUTF8 { left in
            second.withBorrowedUTF8 { right in
                let shared = min(left.count, right.count)
                for index in 0..<shared where left[index] != right[index] {
                    return left[index] < right[index] ? -1 : 1
                }
                return left.count - right.count
            }
        }
    }
}
