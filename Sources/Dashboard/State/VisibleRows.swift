import DurableAPI
import Foundation
import HubKit

/// Everything needed to compute the instances table's rows, copied out of the state so the filter-and-sort over
/// a large window can run without holding the state's lock.
public struct VisibleRowsRequest: Sendable {
    /// The state's row generation when the request was made; a result from an older generation is dropped.
    public let generation: Int
    let store: InstanceStore
    let filter: InstanceFilter
    let sort: InstanceSort
    let statusFilter: RuntimeStatus?
    let showEntityInstances: Bool
    let scope: InstanceScope?
    let clusterMembers: Set<String>?
    let now: Date

    /// Filters and sorts (the expensive part): one pass over the store keeps each passing row's sort key and id
    /// (never a copy of the row), then the keys are sorted.
    public func compute() -> VisibleRows {
        var counts: [RuntimeStatus: Int] = [:]
        let ids: [String]
        switch InstanceTable.column(sort.column).sortKey {
        case .number(let key):
            ids = Self.sorted(keyedRows(counting: &counts) { key($0, now) }, descending: sort.descending)
        case .text(let key):
            ids = Self.sorted(keyedRows(counting: &counts, by: key), descending: sort.descending)
        case nil:
            ids = keyedRows(counting: &counts) { _ in 0 }.map(\.id)
        }
        return VisibleRows(generation: generation, ids: ids, counts: counts)
    }

    /// The sort key and id of every row that passes the filters, counting every shown row per status.
    private func keyedRows<Key>(
        counting counts: inout [RuntimeStatus: Int],
        by key: (OrchestrationStatus) -> Key
    ) -> [(key: Key, id: String)] {
        var keyed: [(key: Key, id: String)] = []
        keyed.reserveCapacity(store.count)
        for instance in store.byID.values {
            if instance.isEntity && !showEntityInstances {
                continue
            }
            counts[instance.runtimeStatus, default: 0] += 1
            if let statusFilter, instance.runtimeStatus != statusFilter {
                continue
            }
            if !isInScope(instance) {
                continue
            }
            if filter.matches(instance) {
                keyed.append((key(instance), instance.instanceId))
            }
        }
        return keyed
    }

    /// Whether a row belongs to the scope the table is narrowed to (every row, when it is not).
    private func isInScope(_ instance: OrchestrationStatus) -> Bool {
        switch scope {
        case nil: true
        case .cluster: clusterMembers?.contains(instance.instanceId) ?? false
        case .orchestrator(let name): (instance.name ?? OrchestratorStats.unnamed) == name
        }
    }

    /// The ids in the order of their keys, ties by id.
    private static func sorted<Key: Comparable>(_ rows: [(key: Key, id: String)], descending: Bool) -> [String] {
        var keyed = rows
        keyed.sort { lhs, rhs in
            lhs.key == rhs.key ? lhs.id < rhs.id : (descending ? lhs.key > rhs.key : lhs.key < rhs.key)
        }
        return keyed.map(\.id)
    }
}

/// The instances table's rows and the counts per status, as computed for one generation.
public struct VisibleRows: Sendable {
    /// The generation of the request this answers.
    public let generation: Int
    /// Row ids in display order.
    public let ids: [String]
    /// Counts per status over the window.
    public let counts: [RuntimeStatus: Int]
}

extension DashboardState {
    /// The inputs of the visible rows as they are now.
    func visibleRowsRequest(now: Date) -> VisibleRowsRequest {
        VisibleRowsRequest(
            generation: rowGeneration,
            store: store,
            filter: filter,
            sort: sort,
            statusFilter: statusFilter,
            showEntityInstances: showEntityInstances,
            scope: instanceScope,
            clusterMembers: clusterMembers,
            now: now
        )
    }

    /// Recomputes the visible rows at once (after keys: filter, sort, window changes).
    mutating func refreshVisibleInstances(now: Date) {
        invalidateRows()
        installRows(visibleRowsRequest(now: now).compute())
    }

    /// Starts a new row generation (a computation still running for the old one is dropped) and drops the marks
    /// of rows no longer held.
    mutating func invalidateRows() {
        rowGeneration += 1
        dropMarksOfRowsNotHeld()
    }

    /// Applies a poll update, leaving the filter-and-sort to the caller: returns the request to compute off the
    /// lock, or `nil` when the rows did not change.
    public mutating func applyDeferringRows(_ update: PollUpdate, now: Date) -> VisibleRowsRequest? {
        guard record(update, now: now) else {
            return nil
        }
        invalidateRows()
        return visibleRowsRequest(now: now)
    }

    /// Installs computed rows unless newer inputs arrived meanwhile; keeps the instance the operator selected
    /// selected (an untouched selection stays on the first row).
    public mutating func installRows(_ rows: VisibleRows) {
        guard rows.generation == rowGeneration else {
            return
        }
        statusCounts = rows.counts
        instanceList.show(rows.ids, pageHeight: Layout.tableHeight(screenSize))
    }
}
