import DurableAPI

/// Instances counted per status: the defined statuses by their numeric value in an array, any other status in a
/// dictionary, so counting 100,000 rows hashes none of the usual ones.
struct StatusTally: Sendable {
    /// The count of each defined status, at its numeric value.
    private var known = [Int](repeating: 0, count: RuntimeStatus.allKnown.count)
    /// The counts of any other status, with no entry for one with none.
    private var other: [RuntimeStatus: Int] = [:]

    /// Nothing counted.
    init() {}

    /// Counts one instance of `status`.
    mutating func add(_ status: RuntimeStatus) {
        adjust(status, by: 1)
    }

    /// Adds `delta` to the count of `status`.
    mutating func adjust(_ status: RuntimeStatus, by delta: Int) {
        if let value = status.numericValue, known.indices.contains(value) {
            known[value] += delta
        } else {
            let count = other[status, default: 0] + delta
            other[status] = count == 0 ? nil : count
        }
    }

    /// The counts per status, with no entry for a status with none.
    var counts: [RuntimeStatus: Int] {
        var counts = other
        for (value, count) in known.enumerated() where count != 0 {
            counts[RuntimeStatus(numericValue: value)] = count
        }
        return counts
    }
}
