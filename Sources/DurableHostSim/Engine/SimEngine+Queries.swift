import DurableAPI
import Foundation

/// A filter for the instance list (§5.3).
struct InstanceFilter: Sendable {
    /// Inclusive lower bound on creation time.
    var createdFrom: Date?
    /// Inclusive upper bound on creation time.
    var createdTo: Date?
    /// Accepted status values (DurableTask.Core integers); `nil` = every status.
    var statuses: Set<Int>?
    /// Instance ID prefix.
    var prefix: String?
    /// Whether `@name@key` entity instances are listed.
    var includeEntities = true
}

extension SimEngine {
    /// One page of the instance list in ID order, resuming after `afterId`; the second value is the ID to resume
    /// after, `nil` when the list is exhausted. A page stops early when the scan budget is used up, so pages can
    /// be short or empty while more rows remain.
    func listInstances(_ filter: InstanceFilter, top: Int, after afterId: String?) -> ([InstanceSnapshot], String?) {
        catchUp()
        var index = filter.prefix.map { store.firstIndex(notBefore: $0) } ?? 0
        if let afterId {
            index = max(index, store.firstIndex(after: afterId))
        }
        var rows: [InstanceSnapshot] = []
        var examined = 0
        let ids = store.sortedIds
        while index < ids.count {
            let id = ids[index]
            if let prefix = filter.prefix, !id.hasPrefix(prefix) {
                return (rows, nil)
            }
            index += 1
            examined += 1
            if let record = store[id], matches(record, filter) {
                rows.append(record.snapshot)
            }
            if rows.count >= top || examined >= settings.scanBudget {
                return (rows, index < ids.count ? id : nil)
            }
        }
        return (rows, nil)
    }

    /// Number of rows in the instance table (entities included).
    var instanceCount: Int {
        store.count
    }

    private func matches(_ record: InstanceRecord, _ filter: InstanceFilter) -> Bool {
        if record.isEntity, !filter.includeEntities {
            return false
        }
        if let from = filter.createdFrom, record.createdTime < from {
            return false
        }
        if let to = filter.createdTo, record.createdTime > to {
            return false
        }
        if let statuses = filter.statuses, !statuses.contains(record.status.rawValue) {
            return false
        }
        return true
    }
}
