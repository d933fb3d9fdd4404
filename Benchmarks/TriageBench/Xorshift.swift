import Foundation

/// A small, seeded random source (xorshift64*), so every run builds the same hub.
struct Xorshift {
    /// The generator state, never zero.
    private var state: UInt64

    /// A generator starting from `seed` (zero is replaced, as xorshift cannot leave it).
    init(seed: UInt64) {
        state = seed == 0 ? 0x2545_F491_4F6C_DD1D : seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A random UUID.
    mutating func uuid() -> UUID {
        var bytes = [UInt8]()
        for _ in 0..<2 {
            withUnsafeBytes(of: next()) { bytes.append(contentsOf: $0) }
        }
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            )
        )
    }
}
