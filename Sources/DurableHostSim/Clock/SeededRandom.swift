/// A small, fast, seedable pseudo-random generator (SplitMix64), so that a seed reproduces a whole simulated hub.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed; equal seeds give equal sequences.
    init(seed: UInt64) {
        self.state = seed
    }

    /// Creates a generator derived from a parent seed and a salt, e.g. an instance's own stream.
    init(seed: UInt64, salt: UInt64) {
        var mixer = SeededRandom(seed: seed ^ (salt &* 0x9E37_79B9_7F4A_7C15))
        self.state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A uniformly distributed `Double` in `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        Double.random(in: range, using: &self)
    }

    /// A uniformly distributed `Int` in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// 32 lower-case hex digits, the .NET `Guid.ToString("N")` shape the host uses for generated instance IDs.
    mutating func guidN() -> String {
        let high = String(next(), radix: 16)
        let low = String(next(), radix: 16)
        return String(repeating: "0", count: 16 - high.count) + high + String(repeating: "0", count: 16 - low.count)
            + low
    }

    /// A GUID in the .NET `Guid.ToString()` shape (`8-4-4-4-12` lower-case hex digits), as request and invocation
    /// ids appear in failure texts.
    mutating func guid() -> String {
        let digits = Array(guidN())
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index == 8 || index == 12 || index == 16 || index == 20 {
                text.append("-")
            }
            text.append(digit)
        }
        return text
    }

    /// `count` lower-case hex digits (at most 16), as hex ids appear in payloads and failure texts.
    mutating func hex(_ count: Int) -> String {
        let digits = String(next(), radix: 16)
        return String((String(repeating: "0", count: 16 - digits.count) + digits).suffix(count))
    }
}
