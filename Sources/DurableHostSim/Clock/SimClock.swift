import Foundation

/// The simulated host's notion of "now": the wall clock (a live host), or a manually advanced time (tests).
/// Every timestamp the host emits (status times, history) is read from it; `DurationScale` is what makes a live
/// host faster.
struct SimClock: Sendable {
    /// How time moves.
    enum Mode: Sendable {
        /// Real UTC time.
        case wall
        /// Fixed until `advance(by:)` is called.
        case manual(now: Date)
    }

    /// How time moves now.
    private(set) var mode: Mode

    /// The current time.
    func now() -> Date {
        switch mode {
        case .wall:
            return Date()
        case .manual(let now):
            return now
        }
    }

    /// Moves a manual clock forward by `seconds`. The wall clock cannot be moved: it is left as it is.
    mutating func advance(by seconds: Double) {
        switch mode {
        case .wall:
            return
        case .manual(let now):
            mode = .manual(now: now.addingTimeInterval(seconds))
        }
    }

    /// Real seconds until `date`, or `nil` for a manual clock.
    func realDelay(until date: Date) -> Double? {
        switch mode {
        case .wall:
            return max(0, date.timeIntervalSinceNow)
        case .manual:
            return nil
        }
    }
}
