import DurableAPI
import Foundation

/// The health of one orchestrator over the window.
public struct OrchestratorStats: Hashable, Sendable, Identifiable {
    /// The name used for instances whose host record has no name.
    public static let unnamed = "(no name)"

    /// The orchestrator name.
    public var name: String
    /// How many instances are in each status (statuses with none are absent).
    public var counts: [RuntimeStatus: Int]
    /// The median duration (`lastUpdatedTime − createdTime`) of Completed runs; `nil` when there is none.
    public var p50: TimeInterval?
    /// The 95th percentile duration of Completed runs (nearest rank); `nil` when there is none.
    public var p95: TimeInterval?
    /// Instances started (created) over the window, in hourly buckets, or coarser ones for long windows (see
    /// ``startsBucketWidth(for:)``).
    public var starts: Histogram

    /// The most buckets of ``starts``.
    public static let maximumStartBuckets = 200

    /// The orchestrator name.
    public var id: String { name }

    /// How many instances are in `status`.
    public func count(of status: RuntimeStatus) -> Int {
        counts[status] ?? 0
    }

    /// All instances of the orchestrator in the window.
    public var total: Int {
        counts.values.reduce(0, +)
    }

    /// The instances that finished for good: Completed, Failed, Terminated, Canceled.
    public var finished: Int {
        RuntimeStatus.completedStatuses.reduce(0) { $0 + count(of: $1) }
    }

    /// Failed ÷ finished (Completed, Failed, Terminated, Canceled): the share of finished runs that failed, in
    /// `0...1`; running, pending and suspended instances do not count. `nil` when none finished.
    public var failureRate: Double? {
        let finished = finished
        return finished == 0 ? nil : Double(count(of: .failed)) / Double(finished)
    }

    /// The bucket width of ``starts`` for a window: one hour, or a whole number of hours so that the window takes
    /// at most ``maximumStartBuckets`` buckets.
    public static func startsBucketWidth(for window: DateInterval) -> TimeInterval {
        let hours = (window.duration / 3_600 / Double(maximumStartBuckets)).rounded(.up)
        return 3_600 * max(1, hours)
    }
}
