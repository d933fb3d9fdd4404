@testable import DurableHostSim

extension SeededRandom {
    /// A value fixed by `seed` and `text` alone, whatever order the calls come in (FNV-1a over both), so a soak
    /// host answers each request the same way in every replay of a seed.
    static func stable(_ seed: UInt64, _ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        var generator = SeededRandom(seed: hash)
        return generator.next()
    }
}
