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
        counts[bucket(of: date)] += 1
    }

    /// Counts events at `dates`, sorted oldest first or newest first, as ``record(_:)`` would one by one; costs
    /// a binary search per bucket, not a step per date.
    public mutating func record(sorted dates: [Date]) {
        guard let first = dates.first, let last = dates.last else {
            return
        }
        let newestFirst = first > last
        var previous = 0
        for bucket in 0..<counts.count {
            let end: Int
            if bucket == counts.count - 1 {
                end = dates.count
            } else {
                end = Self.firstPosition(in: dates.count) { position in
                    let offset = self.bucket(of: dates[newestFirst ? dates.count - 1 - position : position])
                    return offset > bucket
                }
            }
            counts[bucket] += end - previous
            previous = end
        }
    }

    /// The bucket an event at `date` counts in.
    private func bucket(of date: Date) -> Int {
        let offset = Int((date.timeIntervalSince(start) / bucketWidth).rounded(.down))
        return min(max(offset, 0), counts.count - 1)
    }

    /// The first position in `0..<count` where `isPast` holds, which holds from some position on.
    private static func firstPosition(in count: Int, where isPast: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isPast(middle) {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low
    }

    /// The rate per bucket redrawn as `width` columns, for a sparkline of any width (empty when `width` is not
    /// positive, zeros when there are no buckets).
    ///
    /// Each column covers an equal share of the time and holds the mean count per bucket over it, a bucket cut by
    /// a column edge counting in proportion: a steady rate draws level columns at every width, never a sawtooth.
    public func resampled(to width: Int) -> [Double] {
        guard width > 0 else {
            return []
        }
        var columns = Array(repeating: 0.0, count: width)
        guard !counts.isEmpty else {
            return columns
        }
        let span = Double(counts.count) / Double(width)
        for column in 0..<width {
            let low = Double(column) * span
            let high = low + span
            var sum = 0.0
            var bucket = Int(low)
            while bucket < counts.count && Double(bucket) < high {
                let overlap = min(high, Double(bucket + 1)) - max(low, Double(bucket))
                sum += Double(counts[bucket]) * overlap
                bucket += 1
            }
            columns[column] = sum / span
        }
        return columns
    }
}
