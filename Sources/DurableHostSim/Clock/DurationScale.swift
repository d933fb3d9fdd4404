import Foundation

/// How a time scale speeds a live host up: simulated durations (an activity's run time, a timer's delay, the gap
/// before the next arrival) last `1 / factor` of their length on the host's clock once the hub is live (from
/// `start` on). Timestamps are never scaled; work just finishes sooner.
///
/// Before `start` (the synthesized past of a pre-populated hub) durations keep their realistic length; a duration
/// that began before `start` and is still running then has its remainder shortened. Replaying a run with the same
/// scale gives the same times.
struct DurationScale: Sendable, Equatable {
    /// Durations keep their simulated length (a manual clock).
    static let none = DurationScale(factor: 1, start: .distantPast)

    /// How many times shorter a duration becomes.
    var factor: Double
    /// When the hub went live: the part of a duration after this time is shortened.
    var start: Date

    /// The length on the host's clock of a simulated duration of `seconds` that begins at `time`.
    func clockSeconds(_ seconds: Double, beginningAt time: Date) -> Double {
        if time >= start {
            return seconds / factor
        }
        let unscaled = start.timeIntervalSince(time)
        if seconds <= unscaled {
            return seconds
        }
        return unscaled + (seconds - unscaled) / factor
    }
}
