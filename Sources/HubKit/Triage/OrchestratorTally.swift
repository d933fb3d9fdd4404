import DurableAPI
import Foundation

/// The instances of one orchestrator gathered during a pass, before they become ``OrchestratorStats``.
struct OrchestratorTally {
    /// Instances per defined status, in ``RuntimeStatus/allKnown`` order (cheaper per row than a dictionary).
    private var knownCounts = Array(repeating: 0, count: RuntimeStatus.allKnown.count)
    /// Instances per status the host's enum does not define.
    private var otherCounts: [RuntimeStatus: Int] = [:]
    /// Durations of Completed runs, in the order met.
    private var completedDurations: [TimeInterval] = []
    /// Creation times, bucketed.
    private var starts: Histogram

    /// An empty tally whose starts histogram covers `window`.
    init(window: DateInterval) {
        starts = Histogram(covering: window, bucketWidth: OrchestratorStats.startsBucketWidth(for: window))
    }

    /// Counts an instance.
    mutating func add(_ instance: OrchestrationStatus) {
        if let slot = Self.slot(of: instance.runtimeStatus) {
            knownCounts[slot] += 1
        } else {
            otherCounts[instance.runtimeStatus, default: 0] += 1
        }
        starts.record(instance.createdTime)
        if instance.runtimeStatus == .completed {
            completedDurations.append(max(0, instance.lastUpdatedTime.timeIntervalSince(instance.createdTime)))
        }
    }

    /// The statistics, with p50 and p95 by nearest rank (the value at position ⌈p × n⌉ of the sorted durations).
    func stats(name: String) -> OrchestratorStats {
        var counts = otherCounts
        for (slot, count) in knownCounts.enumerated() where count > 0 {
            counts[RuntimeStatus.allKnown[slot]] = count
        }
        var durations = completedDurations
        let p95 = Self.percentile(0.95, of: &durations)
        let p50 = Self.percentile(0.5, of: &durations)
        return OrchestratorStats(name: name, counts: counts, p50: p50, p95: p95, starts: starts)
    }

    /// The nearest-rank percentile `p` (in `0...1`) of `values`: the value at position ⌈p × n⌉ once sorted;
    /// `nil` when there are none. Found by selection (linear on average), which reorders `values`.
    static func percentile(_ p: Double, of values: inout [TimeInterval]) -> TimeInterval? {
        guard !values.isEmpty else {
            return nil
        }
        let rank = min(max(Int((p * Double(values.count)).rounded(.up)), 1), values.count)
        return select(rank - 1, in: &values)
    }

    /// The value that would be at `position` if `values` were sorted (Hoare's selection, middle pivot); on return
    /// the smaller values come before it and the larger after.
    private static func select(_ position: Int, in values: inout [TimeInterval]) -> TimeInterval {
        var low = 0
        var high = values.count - 1
        while low < high {
            let pivot = values[(low + high) / 2]
            var left = low
            var right = high
            while left <= right {
                while values[left] < pivot { left += 1 }
                while values[right] > pivot { right -= 1 }
                if left <= right {
                    values.swapAt(left, right)
                    left += 1
                    right -= 1
                }
            }
            if position <= right {
                high = right
            } else if position >= left {
                low = left
            } else {
                break
            }
        }
        return values[position]
    }

    /// The position of a defined status in ``RuntimeStatus/allKnown``; `nil` for `.unknown`.
    private static func slot(of status: RuntimeStatus) -> Int? {
        switch status {
        case .running: 0
        case .completed: 1
        case .continuedAsNew: 2
        case .failed: 3
        case .canceled: 4
        case .terminated: 5
        case .pending: 6
        case .suspended: 7
        case .unknown: nil
        }
    }
}
