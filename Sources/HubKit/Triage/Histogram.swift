import Foundation

/// Counts of events in equal time buckets from a start date: the data behind a sparkline.
public struct Histogram: Hashable, Sendable {
    /// The start of the first bucket.
    public var start: Date
    /// The length of each bucket, in seconds (positive).
    public var bucketWidth: TimeInterval
    /// The count of each bucket, oldest first.
    public var counts: [Int]

    /// Creates a histogram from its parts.
    public init(start: Date, bucketWidth: TimeInterval, counts: [Int]) {
        self.start = start
        self.bucketWidth = bucketWidth
        self.counts = counts
    }

    /// Empty buckets of `bucketWidth` from the start of `window`, as many as it takes to cover it (at least one).
    public init(covering window: DateInterval, bucketWidth: TimeInterval) {
        let count = max(1, Int((window.duration / bucketWidth).rounded(.up)))
        self.init(start: window.start, bucketWidth: bucketWidth, counts: Array(repeating: 0, count: count))
    }

    /// `bucketCount` (at least one) empty buckets that split `window` evenly (a window of no length gets
    /// one-second buckets).
    public init(covering window: DateInterval, bucketCount: Int) {
        let count = max(1, bucketCount)
        let width = window.duration > 0 ? window.duration / Double(count) : 1
        self.init(start: window.start, bucketWidth: width, counts: Array(repeating: 0, count: count))
    }

    /// Counts one event at `date`; dates before the first bucket count in it, dates after the last in the last.
    public mutating func record(_ date: Date) {
        let offset = Int((date.timeIntervalSince(start) / bucketWidth).rounded(.down))
        counts[min(max(offset, 0), counts.count - 1)] += 1
    }

    /// The counts redrawn as `width` columns, for a sparkline of any width (empty when `width` is not positive,
    /// zeros when there are no buckets).
    ///
    /// Narrowing sums: each column holds the buckets that start in its share of the time, so the total stays.
    /// Widening repeats: each column shows the bucket under it.
    public func resampled(to width: Int) -> [Int] {
        guard width > 0 else {
            return []
        }
        guard !counts.isEmpty else {
            return Array(repeating: 0, count: width)
        }
        if width >= counts.count {
            return (0..<width).map { counts[$0 * counts.count / width] }
        }
        var columns = Array(repeating: 0, count: width)
        for (index, count) in counts.enumerated() {
            columns[index * width / counts.count] += count
        }
        return columns
    }
}
