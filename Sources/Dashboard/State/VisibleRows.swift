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

    /// Filters and sorts (the expensive part).
    public func compute() -> VisibleRows {
        var rows: [OrchestrationStatus] = []
        rows.reserveCapacity(store.count)
        var counts: [RuntimeStatus: Int] = [:]
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
                rows.append(instance)
            }
        }
        return VisibleRows(generation: generation, ids: sortedIDs(rows), counts: counts)
    }

    /// Whether a row belongs to the scope the table is narrowed to (every row, when it is not).
    private func isInScope(_ instance: OrchestrationStatus) -> Bool {
        switch scope {
        case nil: true
        case .cluster: clusterMembers?.contains(instance.instanceId) ?? false
        case .orchestrator(let name): (instance.name ?? OrchestratorStats.unnamed) == name
        }
    }

    /// Sorts by the sort column's key (``InstanceTable``), ties by id.
    private func sortedIDs(_ rows: [OrchestrationStatus]) -> [String] {
        switch InstanceTable.column(sort.column).sortKey {
        case .number(let key):
            Self.sorted(rows, descending: sort.descending) { key($0, now) }
        case .text(let key):
            Self.sorted(rows, descending: sort.descending, by: key)
        case nil:
            rows.map(\.instanceId)
        }
    }

    /// Sorts by a key computed once per row, ties by id, so the sort moves small values instead of whole
    /// instances.
    private static func sorted<Key: Comparable>(
        _ rows: [OrchestrationStatus],
        descending: Bool,
        by key: (OrchestrationStatus) -> Key
    ) -> [String] {
        var keyed: [(Key, String)] = []
        keyed.reserveCapacity(rows.count)
        for row in rows {
            keyed.append((key(row), row.instanceId))
        }
        keyed.sort { lhs, rhs in
            lhs.0 == rhs.0 ? lhs.1 < rhs.1 : (descending ? lhs.0 > rhs.0 : lhs.0 < rhs.0)
        }
        return keyed.map(\.1)
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
