import DurableAPI
import Foundation

/// Every instance of the current window that the dashboard knows, with when each row last changed.
public struct InstanceStore: Hashable, Sendable {
    /// Instances by id.
    public private(set) var byID: [String: OrchestrationStatus] = [:]
    /// When each row last changed (appeared or differed from the previous copy).
    public private(set) var changedAt: [String: Date] = [:]

    /// Creates an empty store.
    public init() {}

    /// Number of instances held.
    public var count: Int { byID.count }

    /// Adds or updates instances; returns how many rows were new or different.
    ///
    /// With `highlight`, new and changed rows are stamped with `now` so the table can highlight them (not during
    /// the first load, when every row is new).
    @discardableResult
    public mutating func merge(_ instances: [OrchestrationStatus], now: Date, highlight: Bool) -> Int {
        var changed = 0
        for instance in instances where byID[instance.instanceId] != instance {
            changed += 1
            if highlight {
                changedAt[instance.instanceId] = now
            }
            byID[instance.instanceId] = instance
        }
        return changed
    }

    /// Replaces the whole store with a complete listing; rows missing from it are gone (purged or out of range).
    @discardableResult
    public mutating func replaceAll(_ instances: [OrchestrationStatus], now: Date, highlight: Bool) -> Int {
        var keep = Set<String>()
        for instance in instances {
            keep.insert(instance.instanceId)
        }
        var removed = 0
        for id in byID.keys where !keep.contains(id) {
            byID[id] = nil
            changedAt[id] = nil
            removed += 1
        }
        return merge(instances, now: now, highlight: highlight) + removed
    }

    /// Removes instances (purged, or not found any more).
    public mutating func remove(_ ids: [String]) {
        for id in ids {
            byID[id] = nil
            changedAt[id] = nil
        }
    }

    /// Removes instances created before a time (the window moved on); returns how many went.
    @discardableResult
    public mutating func removeCreated(before start: Date) -> Int {
        var removed: [String] = []
        for (id, instance) in byID where instance.createdTime < start {
            removed.append(id)
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
