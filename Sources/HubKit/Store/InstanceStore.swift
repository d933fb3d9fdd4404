import DurableAPI
import Foundation
import HeapModule

/// Every instance of the current window that the dashboard knows, with when each row last changed and a journal of
/// the rows changed since it was last taken.
public struct InstanceStore: Sendable {
    /// The instances, by id.
    public private(set) var rows = InstanceRows()
    /// When each row last changed (appeared or differed from the previous copy).
    public private(set) var changedAt: [String: Date] = [:]
    /// The rows changed since ``takeJournal()`` was last called.
    public private(set) var journal = InstanceJournal()
    /// Every row's creation time, oldest on top, so the rows a moving window leaves are found without reading
    /// the others. A row removed or re-created since stays until it reaches the top, where it is recognised as
    /// stale and dropped.
    private var creations = Heap<Creation>()

    /// A row's creation time, as ``creations`` holds it.
    private struct Creation: Comparable, Sendable {
        let time: Date
        let id: String

        static func < (lhs: Creation, rhs: Creation) -> Bool {
            lhs.time != rhs.time ? lhs.time < rhs.time : lhs.id < rhs.id
        }
    }

    /// Creates an empty store.
    public init() {}

    /// Number of instances held.
    public var count: Int { rows.count }

    /// Adds or updates instances; returns how many rows were new or different.
    ///
    /// With `highlight`, new and changed rows are stamped with `now` so the table can highlight them (not during
    /// the first load, when every row is new).
    @discardableResult
    public mutating func merge(_ instances: [OrchestrationStatus], now: Date, highlight: Bool) -> Int {
        var changed = 0
        for instance in instances {
            let old = rows.update(instance)
            guard old != instance else {
                continue
            }
            changed += 1
            if old?.createdTime != instance.createdTime {
                creations.insert(Creation(time: instance.createdTime, id: instance.instanceId))
            }
            if highlight {
                changedAt[instance.instanceId] = now
            }
            journal.record(instance.instanceId, old: old, new: instance, held: rows.count)
        }
        return changed
    }

    /// Replaces the whole store with a complete listing; rows missing from it are gone (purged or out of range).
    @discardableResult
    public mutating func replaceAll(_ instances: [OrchestrationStatus], now: Date, highlight: Bool) -> Int {
        removeUnlisted(instances) + merge(instances, now: now, highlight: highlight)
    }

    /// Removes the rows a complete listing left out (purged, or out of range), for a listing whose rows were merged
    /// as its pages came; returns how many went.
    @discardableResult
    public mutating func removeUnlisted(_ instances: [OrchestrationStatus]) -> Int {
        var keep = Set<String>(minimumCapacity: instances.count)
        for instance in instances {
            keep.insert(instance.instanceId)
        }
        var gone: [String] = []
        for row in rows where !keep.contains(row.instanceId) {
            gone.append(row.instanceId)
        }
        remove(gone)
        return gone.count
    }

    /// Removes instances (purged, or not found any more).
    public mutating func remove(_ ids: [String]) {
        for id in ids {
            changedAt[id] = nil
            if let old = rows.remove(id: id) {
                journal.record(id, old: old, new: nil, held: rows.count)
            }
        }
    }

    /// The journal of the rows changed since the last call, leaving an empty one.
    public mutating func takeJournal() -> InstanceJournal {
        defer { journal = InstanceJournal() }
        return journal
    }

    /// Removes instances created before a time (the window moved on); returns how many went. Costs what leaves,
    /// not what is held.
    @discardableResult
    public mutating func removeCreated(before start: Date) -> Int {
        var removed: [String] = []
        while let oldest = creations.min, oldest.time < start {
            creations.removeMin()
            if rows[id: oldest.id]?.createdTime == oldest.time {
                removed.append(oldest.id)
            }
        }
        remove(removed)
        return removed.count
    }

    /// Whether a row changed recently enough to be highlighted.
    public func isRecentlyChanged(_ id: String, now: Date, highlight: TimeInterval) -> Bool {
        guard let time = changedAt[id] else {
            return false
        }
        return now.timeIntervalSince(time) < highlight
    }
}
