import Foundation

/// How a time scale speeds a live host up: a simulated duration (an activity's run time, a timer's delay, the gap
/// before the next arrival) that begins at or after `start` lasts `1 / factor` of its length on the host's clock.
/// Timestamps are never scaled; work just finishes sooner.
///
/// Durations that begin before `start` (the synthesized past of a pre-populated hub) keep their realistic length.
struct DurationScale: Sendable, Equatable {
    /// Durations keep their simulated length (a manual clock).
    static let none = DurationScale(factor: 1, start: .distantPast)

    /// How many times shorter a duration becomes.
    var factor: Double
    /// Durations beginning at or after this time are shortened.
    var start: Date

    /// The length on the host's clock of a simulated duration of `seconds` that begins at `time`.
    func clockSeconds(_ seconds: Double, beginningAt time: Date) -> Double {
        time >= start ? seconds / factor : seconds
    }
}
