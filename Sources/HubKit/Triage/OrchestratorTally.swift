import DurableAPI
import Foundation

/// The instances of one orchestrator gathered during a pass, before they become ``OrchestratorStats``.
struct OrchestratorTally {
    /// Instances per status.
    var counts: [RuntimeStatus: Int] = [:]
    /// Durations of Completed runs, in the order met.
    var completedDurations: [TimeInterval] = []
    /// Creation times, bucketed.
    var starts: Histogram

    /// An empty tally whose starts histogram covers `window`.
    init(window: DateInterval) {
        starts = Histogram(covering: window, bucketWidth: OrchestratorStats.startsBucketWidth(for: window))
    }

    /// Counts an instance.
    mutating func add(_ instance: OrchestrationStatus) {
        counts[instance.runtimeStatus, default: 0] += 1
        starts.record(instance.createdTime)
        if instance.runtimeStatus == .completed {
            completedDurations.append(max(0, instance.lastUpdatedTime.timeIntervalSince(instance.createdTime)))
        }
    }

    /// The statistics, with p50 and p95 by nearest rank (the value at position ⌈p × n⌉ of the sorted durations).
    func stats(name: String) -> OrchestratorStats {
        let sorted = completedDurations.sorted()
        return OrchestratorStats(
            name: name,
            counts: counts,
            p50: Self.percentile(0.5, of: sorted),
            p95: Self.percentile(0.95, of: sorted),
            starts: starts
        )
    }

    /// The nearest-rank percentile `p` (in `0...1`) of sorted values; `nil` when there are none.
    static func percentile(_ p: Double, of sorted: [TimeInterval]) -> TimeInterval? {
        guard !sorted.isEmpty else {
            return nil
        }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
