/// The instance table, kept sorted by instance ID (ordinal, like the Azure Storage provider's partition keys) so
/// that pages are a binary search plus a short scan, and continuation tokens (the last ID seen) survive inserts.
struct InstanceStore: Sendable {
    private(set) var sortedIds: [String] = []
    private(set) var records: [String: InstanceRecord] = [:]
    /// While bulk loading, new IDs are appended unsorted and sorted once in `finishBulkLoad()`.
    private var bulkLoading = false

    /// Number of rows.
    var count: Int {
        sortedIds.count
    }

    /// The row for `instanceId`.
    subscript(instanceId: String) -> InstanceRecord? {
        records[instanceId]
    }

    /// Inserts or replaces a row.
    mutating func upsert(_ record: InstanceRecord) {
        guard records.updateValue(record, forKey: record.instanceId) == nil else {
            return
        }
        if bulkLoading {
            sortedIds.append(record.instanceId)
        } else {
            sortedIds.insert(record.instanceId, at: firstIndex(notBefore: record.instanceId))
        }
    }

    /// Starts a bulk load (pre-population): inserts become appends, so loading n rows is not O(n²).
    mutating func beginBulkLoad() {
        bulkLoading = true
    }

    /// Ends a bulk load by sorting the IDs once.
    mutating func finishBulkLoad() {
        bulkLoading = false
        sortedIds.sort { InstanceStore.precedes($0, $1) }
    }

    /// Changes an existing row in place; returns `false` when the row does not exist.
    @discardableResult
    mutating func update(_ instanceId: String, _ change: (inout InstanceRecord) -> Void) -> Bool {
        guard records[instanceId] != nil else {
            return false
        }
        change(&records[instanceId]!)
        return true
    }

    /// Removes the rows with these IDs.
    mutating func remove(_ instanceIds: Set<String>) {
        guard !instanceIds.isEmpty else {
            return
        }
        for id in instanceIds {
            records[id] = nil
        }
        sortedIds.removeAll { instanceIds.contains($0) }
    }

    /// The position of the first ID that is not ordered before `id` (binary search).
    func firstIndex(notBefore id: String) -> Int {
        var low = 0
        var high = sortedIds.count
        while low < high {
            let middle = (low + high) / 2
            if InstanceStore.precedes(sortedIds[middle], id) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    /// The position of the first ID ordered after `id`.
    func firstIndex(after id: String) -> Int {
        let index = firstIndex(notBefore: id)
        if index < sortedIds.count, sortedIds[index] == id {
            return index + 1
        }
        return index
    }

    /// Ordinal (UTF-8 byte) ordering, as storage partition keys sort.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
