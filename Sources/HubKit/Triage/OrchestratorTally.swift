import DurableAPI
import Foundation

/// The instances of one orchestrator in the analysis, kept as they come and go, ready to become
/// ``OrchestratorStats``.
struct OrchestratorTally: Sendable {
    /// Instances per status.
    private var statuses = StatusTally()
    /// Durations of Completed runs, shortest first.
    private var completedDurations: [TimeInterval] = []
    /// Creation times, oldest first.
    private var creations: [Date] = []

    /// No instances.
    init() {}

    /// Whether no instance is counted.
    var isEmpty: Bool { creations.isEmpty }

    /// Counts an instance.
    mutating func add(_ member: AnalysisMember) {
        statuses.add(member.status)
        creations.insert(sorted: member.created, by: <)
        if let duration = member.completedDuration {
            completedDurations.insert(sorted: duration, by: <)
        }
    }

    /// Counts an instance while the tally is being built: its times are appended out of order, and
    /// ``restoreOrder()`` must follow before any other call. Building so sorts once instead of inserting each time
    /// in its place, which costs a move of half the array per instance.
    mutating func append(_ member: AnalysisMember) {
        statuses.add(member.status)
        creations.append(member.created)
        if let duration = member.completedDuration {
            completedDurations.append(duration)
        }
    }

    /// Puts the times appended by ``append(_:)`` in order.
    mutating func restoreOrder() {
        creations.sort()
        completedDurations.sort()
    }

    /// Stops counting an instance counted before.
    mutating func remove(_ member: AnalysisMember) {
        statuses.adjust(member.status, by: -1)
        creations.remove(sorted: member.created, by: <)
        if let duration = member.completedDuration {
            completedDurations.remove(sorted: duration, by: <)
        }
    }

    /// The statistics over `window`, with p50 and p95 by nearest rank (the value at position ⌈p × n⌉ of the
    /// sorted durations).
    func stats(name: String, window: DateInterval) -> OrchestratorStats {
        var starts = Histogram(covering: window, bucketWidth: OrchestratorStats.startsBucketWidth(for: window))
        starts.record(sorted: creations)
        return OrchestratorStats(
            name: name,
            counts: statuses.counts,
            p50: Self.percentile(0.5, ofSorted: completedDurations),
            p95: Self.percentile(0.95, ofSorted: completedDurations),
            starts: starts
        )
    }

    /// The nearest-rank percentile `p` (in `0...1`) of sorted `values`: the value at position ⌈p × n⌉; `nil` when
    /// there are none.
    static func percentile(_ p: Double, ofSorted values: [TimeInterval]) -> TimeInterval? {
        guard !values.isEmpty else {
            return nil
        }
        let rank = min(max(Int((p * Double(values.count)).rounded(.up)), 1), values.count)
        return values[rank - 1]
    }
}
