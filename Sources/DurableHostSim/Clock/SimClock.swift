import Foundation

/// The simulated host's notion of "now": either real time sped up by a scale factor, or a manually advanced
/// time (tests). Simulated time is what instance histories and status times are stamped with.
struct SimClock: Sendable {
    /// How simulated time moves.
    enum Mode: Sendable {
        /// `simulatedStart + (realNow - realStart) * scale`.
        case scaled(realStart: Date, simulatedStart: Date, scale: Double)
        /// Fixed until `advance(by:)` is called.
        case manual(now: Date)
    }

    /// How time moves now.
    private(set) var mode: Mode

    /// The current simulated time.
    func now(realNow: Date = Date()) -> Date {
        switch mode {
        case .scaled(let realStart, let simulatedStart, let scale):
            return simulatedStart.addingTimeInterval(realNow.timeIntervalSince(realStart) * scale)
        case .manual(let now):
            return now
        }
    }

    /// Moves a manual clock forward; a scaled clock is re-anchored so that it jumps ahead by `seconds`.
    mutating func advance(by seconds: Double) {
        switch mode {
        case .scaled(let realStart, let simulatedStart, let scale):
            mode = .scaled(
                realStart: realStart,
                simulatedStart: simulatedStart.addingTimeInterval(seconds),
                scale: scale
            )
        case .manual(let now):
            mode = .manual(now: now.addingTimeInterval(seconds))
        }
    }

    /// Real seconds until simulated time reaches `date`, or `nil` for a manual clock.
    func realDelay(until date: Date, realNow: Date = Date()) -> Double? {
        switch mode {
        case .scaled(_, _, let scale):
            return max(0, date.timeIntervalSince(now(realNow: realNow)) / scale)
        case .manual:
            return nil
        }
    }
}
