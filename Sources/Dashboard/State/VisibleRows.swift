import DurableAPI
import Foundation
import HubKit

/// What decides the instances table's rows besides the store: an order built for the same inputs can be carried
/// forward through the store's journal; any other order is built again.
struct RowInputs: Equatable, Sendable {
    let filter: InstanceFilter
    let sort: InstanceSort
    let statusFilter: RuntimeStatus?
    let showEntityInstances: Bool
    let scope: InstanceScope?
    let clusterMembers: Set<String>?

    /// The rules these inputs make: which rows count, which show, and how they sort.
    var rules: RowRules {
        let value: (OrchestrationStatus, Date) -> SortValue
        switch InstanceTable.column(sort.column).sortKey {
        case .number(let number):
            value = { .number(number($0, $1)) }
        case .text(let text):
            value = { row, _ in .text(text(row)) }
        case nil:
            value = { _, _ in .number(0) }
        }
        return RowRules(
            isCounted: { showEntityInstances || !$0.isEntity },
            isShown: { isShown($0) },
            value: value
        )
    }

    /// Whether a counted row shows: it has the status filtered for, belongs to the scope and passes the filter.
    private func isShown(_ instance: OrchestrationStatus) -> Bool {
        if let statusFilter, instance.runtimeStatus != statusFilter {
            return false
        }
        return isInScope(instance) && filter.matches(instance)
    }

    /// Whether a row belongs to the scope the table is narrowed to (every row, when it is not).
    private func isInScope(_ instance: OrchestrationStatus) -> Bool {
        switch scope {
        case nil: true
        case .cluster: clusterMembers?.contains(instance.instanceId) ?? false
        case .orchestrator(let name): (instance.name ?? OrchestratorStats.unnamed) == name
        }
    }
}

/// Everything needed to compute the instances table's rows, copied out of the state so the filter-and-sort over
/// a large window can run without holding the state's lock.
public struct VisibleRowsRequest: Sendable {
    /// The state's row generation when the request was made; a result from an older generation is dropped.
    public let generation: Int
    let store: InstanceStore
    let inputs: RowInputs
    let now: Date
    /// The order last installed, when it was made for the same inputs, with the store's journal since; it is
    /// carried forward instead of sorting every row again.
    let previous: (order: RowOrder, journal: InstanceJournal)?

    /// Filters and sorts (the expensive part): carries the previous order forward through what changed, or
    /// builds it from every row.
    public func compute() -> VisibleRows {
        let rules = inputs.rules
        let carried = previous.flatMap { $0.order.updated(by: $0.journal, store: store, rules: rules, now: now) }
        let order = carried ?? RowOrder(store: store, rules: rules, descending: inputs.sort.descending, now: now)
        return VisibleRows(generation: generation, order: order, inputs: inputs)
    }
}

/// The instances table's rows and the counts per status, as computed for one generation.
public struct VisibleRows: Sendable {
    /// The generation of the request this answers.
    public let generation: Int
    /// The rows in display order, with the counts per status over the window.
    let order: RowOrder
    /// The inputs the order was made for.
    let inputs: RowInputs

    /// Row ids in display order.
    public var ids: RowIDs { order.ids }
    /// Counts per status over the window.
    public var counts: [RuntimeStatus: Int] { order.counts }
}

extension DashboardState {
    /// The inputs of the visible rows as they are now. Takes the store's journal, and lends the request the order
    /// last installed when it was made for the same inputs (the state keeps none until the answer is installed).
    mutating func visibleRowsRequest(now: Date) -> VisibleRowsRequest {
        let inputs = RowInputs(
            filter: filter,
            sort: sort,
            statusFilter: statusFilter,
            showEntityInstances: showEntityInstances,
            scope: instanceScope,
            clusterMembers: clusterMembers
        )
        collectJournal()
        let journal = rowJournal
        rowJournal = InstanceJournal()
        let previous = rowOrder.flatMap { $0.inputs == inputs ? (order: $0.order, journal: journal) : nil }
        rowOrder = nil
        return VisibleRowsRequest(generation: rowGeneration, store: store, inputs: inputs, now: now, previous: previous)
    }

    /// Recomputes the visible rows at once (after keys: filter, sort, window changes).
    mutating func refreshVisibleInstances(now: Date) {
        invalidateRows()
        installRows(visibleRowsRequest(now: now).compute())
    }

    /// Moves the store's journal into the journals of the two that follow the store's changes: the visible rows and
    /// the analyses.
    mutating func collectJournal() {
        let journal = store.takeJournal()
        guard !journal.isEmpty else {
            return
        }
        rowJournal.absorb(journal, held: store.count)
        analysisJournal.absorb(journal, held: store.count)
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
        rowOrder = (order: rows.order, inputs: rows.inputs)
        statusCounts = rows.counts
        let replaced = instanceList.visible
        instanceList.show(rows.ids, pageHeight: Layout.tableHeight(screenSize))
        RetiredRows.release(replaced)
    }
}
