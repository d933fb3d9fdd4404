/// Run times of one benchmark case, in milliseconds.
struct Timings {
    /// The case's name.
    let name: String
    /// Each run's time.
    private(set) var milliseconds: [Double] = []

    /// An empty record for the case `name`.
    init(name: String) {
        self.name = name
    }

    /// Times `body` once and records it.
    mutating func measure<Result>(_ body: () -> Result) -> Result {
        let clock = ContinuousClock()
        var result: Result?
        let elapsed = clock.measure {
            result = body()
        }
        milliseconds.append(Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
        return result!
    }

    /// `name: min … median … p95 … ms over N runs`.
    var summary: String {
        let sorted = milliseconds.sorted()
        let p95 = sorted[min(sorted.count - 1, Int((0.95 * Double(sorted.count)).rounded(.up)) - 1)]
        return "\(name): min \(Self.format(sorted[0])) ms, median \(Self.format(sorted[sorted.count / 2])) ms, "
            + "p95 \(Self.format(p95)) ms over \(sorted.count) runs"
    }

    /// One decimal.
    private static func format(_ value: Double) -> String {
        String(Double((value * 10).rounded()) / 10)
    }
}
