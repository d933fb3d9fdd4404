import DurableAPI
import Foundation

/// A table's shown rows in sort order, with its rows counted per status, built once from the store and then
/// carried forward through the store's journal.
///
/// Building reads every held row and sorts. Carrying forward costs what changed: each row that left or changed is
/// found by its old key in a binary search, the new keys are sorted among themselves, and one pass merges them in.
/// Rows that are not terminal are taken again at each step, since their keys may follow the clock.
public struct RowOrder: Sendable {
    /// The shown rows' keys, in display order.
    public private(set) var keys: [RowKey]
    /// The counted rows per status (no entry for a status with none).
    public private(set) var counts: [RuntimeStatus: Int]
    /// Whether larger values come first.
    public let descending: Bool
    /// When the keys were taken.
    public private(set) var keyedAt: Date
    /// The keys of the shown rows that are not terminal, by id.
    private var moving: [String: RowKey]

    /// Builds the order of every row `store` holds.
    public init(store: InstanceStore, rules: RowRules, descending: Bool, now: Date) {
        var keys: [RowKey] = []
        keys.reserveCapacity(store.count)
        var counts: [RuntimeStatus: Int] = [:]
        var moving: [String: RowKey] = [:]
        for instance in store.byID.values where rules.isCounted(instance) {
            counts[instance.runtimeStatus, default: 0] += 1
            guard rules.isShown(instance) else {
                continue
            }
            let key = rules.key(instance, now)
            keys.append(key)
            if !instance.runtimeStatus.isTerminal {
                moving[instance.instanceId] = key
            }
        }
        keys.sort { $0.precedes($1, descending: descending) }
        self.keys = keys
        self.counts = counts
        self.descending = descending
        self.keyedAt = now
        self.moving = moving
    }

    /// The shown rows' ids, in display order.
    public var ids: [String] { keys.map(\.id) }

    /// The order after the changes of `journal` (taken from `store` since this order was made or last carried
    /// forward) and the clock moving to `now`; `nil` when it cannot follow them (the journal overflowed, or a row is
    /// not where its key says), and the order must be built again.
    public func updated(by journal: InstanceJournal, store: InstanceStore, rules: RowRules, now: Date) -> RowOrder? {
        guard !journal.overflowed else {
            return nil
        }
        var next = self
        var leaving: [RowKey] = []
        var arriving: [RowKey] = []
        for (id, change) in journal.changes {
            if let old = change.old, rules.isCounted(old) {
                next.count(old.runtimeStatus, by: -1)
                if rules.isShown(old) {
                    leaving.append(next.moving.removeValue(forKey: id) ?? rules.key(old, keyedAt))
                }
            }
            if let new = change.new, rules.isCounted(new) {
                next.count(new.runtimeStatus, by: 1)
                if rules.isShown(new) {
                    let key = rules.key(new, now)
                    arriving.append(key)
                    if !new.runtimeStatus.isTerminal {
                        next.moving[id] = key
                    }
                }
            }
        }
        for (id, key) in next.moving where journal.changes[id] == nil {
            guard let row = store.byID[id] else {
                return nil
            }
            let fresh = rules.key(row, now)
            if fresh != key {
                leaving.append(key)
                arriving.append(fresh)
                next.moving[id] = fresh
            }
        }
        guard let positions = positions(of: leaving) else {
            return nil
        }
        arriving.sort { $0.precedes($1, descending: descending) }
        next.keys = merged(removing: positions, adding: arriving)
        next.keyedAt = now
        return next
    }

    /// Adds `delta` to the count of `status`, dropping a count that reaches zero.
    private mutating func count(_ status: RuntimeStatus, by delta: Int) {
        let count = counts[status, default: 0] + delta
        counts[status] = count == 0 ? nil : count
    }

    /// The positions of `leaving` in ``keys``, ascending; `nil` when one is missing or named twice.
    private func positions(of leaving: [RowKey]) -> [Int]? {
        var positions: [Int] = []
        positions.reserveCapacity(leaving.count)
        for key in leaving {
            let index = firstPosition(notBefore: key)
            guard index < keys.count, keys[index] == key else {
                return nil
            }
            positions.append(index)
        }
        positions.sort()
        for (index, position) in positions.enumerated() where index > 0 && positions[index - 1] == position {
            return nil
        }
        return positions
    }

    /// The first position whose key does not sort before `key` (binary search).
    private func firstPosition(notBefore key: RowKey) -> Int {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle].precedes(key, descending: descending) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    /// ``keys`` without the ones at `positions` (ascending), with `arriving` (sorted) merged in.
    private func merged(removing positions: [Int], adding arriving: [RowKey]) -> [RowKey] {
        var result: [RowKey] = []
        result.reserveCapacity(keys.count - positions.count + arriving.count)
        var nextRemoval = 0
        var nextArrival = 0
        for (index, key) in keys.enumerated() {
            if nextRemoval < positions.count && positions[nextRemoval] == index {
                nextRemoval += 1
                continue
            }
            while nextArrival < arriving.count && arriving[nextArrival].precedes(key, descending: descending) {
                result.append(arriving[nextArrival])
                nextArrival += 1
            }
            result.append(key)
        }
        result.append(contentsOf: arriving[nextArrival...])
        return result
    }
}
