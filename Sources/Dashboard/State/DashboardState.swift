import DurableAPI
import Foundation
import HubKit
import ScreenKit

/// Everything the dashboard shows, as one value: navigation stack, data, filters, prompt, help, freshness.
///
/// Keys change it through ``handle(_:now:)``; the poller changes it through ``apply(_:now:)``. Rendering reads
/// it and changes nothing. No I/O happens here, so every behaviour is testable with plain values.
public struct DashboardState: Sendable {
    /// The start-up options (host, hub, read-only, refresh, ASCII).
    public let options: DashboardOptions
    /// The key map (help and the hint line are generated from it).
    public let keyMap: KeyMap
    /// The navigation stack; the last element is on screen. Never empty.
    public internal(set) var stack: [Screen] = [.instances]
    /// Every instance of the window.
    public internal(set) var store = InstanceStore()
    /// The instances table: instance ids filtered and sorted, selection, `/` filter text.
    public internal(set) var instanceList = ListState<RowIDs>()
    /// What the instances table is narrowed to, when a triage view opened it.
    public internal(set) var instanceScope: InstanceScope?
    /// The whole instances table's list while a scoped one is shown, to give back when the scope closes.
    var unscopedInstanceList: ListState<RowIDs>?
    /// The triage analyses of the held rows (failure clusters, attention, orchestrators), as of the last tick.
    public internal(set) var triage = TriageRows()
    /// Computes the analyses, remembering the normalised failure messages between ticks.
    var analyzer = HubAnalyzer()
    /// Bumped when the window or the status filter changes, so an analysis of the old rows is not installed.
    var analysisGeneration = 0
    /// The `:failures` list: cluster keys, biggest cluster first.
    public internal(set) var failureList = ListState<[FailureCluster.Key]>()
    /// The `:attention` list: instance ids, most urgent first.
    public internal(set) var attentionList = ListState<[String]>()
    /// The `:orchestrators` list: orchestrator names.
    public internal(set) var orchestratorList = ListState<[String]>()
    /// The fleet overview's rows by hub name (only in the overview's own state).
    public internal(set) var fleetRows: [String: FleetRow] = [:]
    /// The fleet overview's list: hub names, trouble first.
    public internal(set) var hubList = ListState<[String]>()
    /// Counts per runtime status over the window (entity instances excluded unless shown), kept with the
    /// instances table's rows so drawing a frame never walks the whole store.
    public internal(set) var statusCounts: [RuntimeStatus: Int] = [:]
    /// The sort order of the instances table.
    public internal(set) var sort = InstanceSort()
    /// The created-time window (sent to the host).
    public internal(set) var window = TimeWindow.last24Hours
    /// The status filter sent to the host; `nil` for all statuses.
    public internal(set) var statusFilter: RuntimeStatus?
    /// Whether entity instances (`@name@key`) are listed.
    public internal(set) var showEntityInstances = false
    /// How times are shown.
    public internal(set) var timeDisplay = TimeDisplay.relative
    /// Every entity known, sorted by name then key.
    public internal(set) var entities: [EntityStatus] = []
    /// The entities table: indexes into ``entities``, selection, `/` filter text.
    public internal(set) var entityList = ListState<[Int]>()
    /// What is in front of the view: nothing, the prompt, help, an action dialog or the progress panel.
    public internal(set) var mode = Mode.browsing
    /// The flash message, if any.
    public internal(set) var flash: Flash?
    /// Marks, the open action dialog, the run in progress and the last outcome per row.
    public internal(set) var actions = ActionsState()
    /// How fresh the data is.
    public internal(set) var freshness = Freshness()
    /// Whether live updates are paused.
    public internal(set) var paused = false
    /// The screen size last reported by the terminal.
    public internal(set) var screenSize = GridSize(columns: 80, rows: 24)
    /// Whether the user asked to quit.
    public internal(set) var wantsQuit = false
    /// When a first load last brought the table's rows up to date (a large load does it once a second, so no page
    /// costs work that grows with what is already held).
    var lastLoadingSort: Date?
    /// Bumped whenever the inputs of the visible rows change.
    var rowGeneration = 0
    /// The visible rows' order as last installed, with the inputs it was made for; `nil` while lent to a request.
    var rowOrder: (order: RowOrder, inputs: RowInputs)?
    /// The store's changes since the last rows request.
    var rowJournal = InstanceJournal()
    /// The store's changes since the last analysis request.
    var analysisJournal = InstanceJournal()
    /// Whether the store held nothing when the current full listing began: its pages, delivered as they came, are
    /// then all the store holds, and none needs removing when the listing completes.
    var listingBeganEmpty = false

    /// Creates the state for a session; an instance named in the options opens over the list.
    public init(options: DashboardOptions, keyMap: KeyMap = .standard) {
        self.options = options
        self.keyMap = keyMap
        if let id = options.openInstanceID {
            push(.instanceDetail(InstanceDetailState(instanceID: id, status: nil)))
        }
    }

    /// The screen on top of the stack.
    public var current: Screen { stack[stack.count - 1] }

    /// The mode whose bindings take the keys: the overlay in front, or else the view on top.
    public var keyMode: KeyMode { mode.overlayKeyMode ?? current.keyMode }

    /// The prompt being edited, if any.
    public var prompt: Prompt? {
        guard case .prompt(let prompt) = mode else { return nil }
        return prompt
    }

    /// Whether the progress panel is shown.
    public var showingRun: Bool {
        guard case .progress = mode else { return false }
        return true
    }

    /// The status filters the `s` key cycles through (`nil` is all statuses).
    public static let statusFilterCycle: [RuntimeStatus?] = [
        nil, .running, .pending, .failed, .completed, .terminated, .suspended,
    ]

    /// What the poller should fetch for the current screen.
    public var pollDemand: PollDemand {
        var demand = PollDemand(window: window, statuses: statusFilter.map { [$0] } ?? [], paused: paused)
        switch current {
        case .instanceDetail(let detail):
            demand.detailInstanceID = detail.instanceID
            demand.detailIsSettled = detail.isSettled(listed: store.rows[id: detail.instanceID])
        case .entities:
            demand.entitiesVisible = true
        case .entityDetail(let entity):
            demand.detailEntity = entity.entityID
        case .instances, .historyEvent, .failures, .attention, .orchestrators, .hubs:
            break
        }
        return demand
    }

    /// The instances table's `/` filter, parsed.
    public var filter: InstanceFilter { InstanceFilter(instanceList.filterText) }

    /// The instance under the instances-table cursor.
    public var selectedInstance: OrchestrationStatus? {
        instanceList.selectedID.flatMap { store.rows[id: $0] }
    }

    /// The entity under the entities-table cursor.
    public var selectedEntity: EntityStatus? {
        entityList.selectedID.map { entities[$0] }
    }

    /// Records the terminal's size (page sizes depend on it).
    public mutating func resize(_ size: GridSize) {
        screenSize = size
        clampCursors()
    }

    /// Shows a flash message.
    public mutating func show(_ text: String, level: Flash.Level, now: Date) {
        flash = Flash(text, level: level, shownAt: now)
    }

    /// Recomputes the visible entity rows after data or filter changes.
    mutating func refreshVisibleEntities() {
        let needle = entityList.filterText.lowercased()
        var indexes: [Int] = []
        for (index, entity) in entities.enumerated() {
            if needle.isEmpty || entity.entityId.instanceId.lowercased().contains(needle) {
                indexes.append(index)
            }
        }
        entityList.show(indexes, pageHeight: Layout.tableHeight(screenSize))
    }

    /// Keeps every cursor inside its list after a resize.
    mutating func clampCursors() {
        let page = Layout.tableHeight(screenSize)
        instanceList.clamp(pageHeight: page)
        entityList.clamp(pageHeight: page)
        failureList.clamp(pageHeight: Layout.failureTableHeight(screenSize))
        attentionList.clamp(pageHeight: page)
        orchestratorList.clamp(pageHeight: page)
    }

    /// Replaces the top of the stack.
    mutating func replaceTop(_ screen: Screen) {
        stack[stack.count - 1] = screen
    }

    /// Pushes a screen.
    mutating func push(_ screen: Screen) {
        stack.append(screen)
    }

    /// Pops a screen; returns `false` at the root. Leaving a scoped instances table widens it again.
    @discardableResult
    mutating func pop(now: Date) -> Bool {
        guard stack.count > 1 else {
            return false
        }
        stack.removeLast()
        leaveScopeIfClosed(now: now)
        return true
    }

    /// Replaces the whole stack (`:instances`, `:failures`, …); marks stay with the view they were made in.
    mutating func resetStack(to screen: Screen, now: Date) {
        stack = [screen]
        actions.clearMarks()
        leaveScopeIfClosed(now: now)
    }

    /// The `/` filter of the list on screen, or `nil` when no list is on screen.
    public var listFilterText: String? {
        switch current {
        case .instances: instanceList.filterText
        case .entities: entityList.filterText
        case .failures: failureList.filterText
        case .attention: attentionList.filterText
        case .orchestrators: orchestratorList.filterText
        case .hubs: hubList.filterText
        default: nil
        }
    }

    /// Clears the `/` filter of the list on screen (Esc on a filtered list); without a filter, Esc leaves a scoped
    /// instances table for the triage view that opened it, and a hub of the fleet at its top for the overview.
    mutating func clearListFilter(now: Date) -> [Effect] {
        guard let text = listFilterText, !text.isEmpty else {
            if instanceScope != nil, current == .instances {
                pop(now: now)
            } else if stack.count == 1, isFleetMember {
                return [.fleet(.overview)]
            }
            return []
        }
        applyFilter("", now: now)
        show("filter cleared", level: .info, now: now)
        return []
    }

    /// Sorts the instances table differently.
    mutating func setSort(_ newSort: InstanceSort, now: Date) {
        sort = newSort
        refreshVisibleInstances(now: now)
    }

    /// Changes the created-time window; the poller lists the new window from scratch.
    mutating func setWindow(_ newWindow: TimeWindow, now: Date) {
        window = newWindow
        store.removeCreated(before: newWindow.start(now: now))
        freshness.initialLoadDone = false
        invalidateAnalysis()
        refreshVisibleInstances(now: now)
    }

    /// Changes the status filter sent to the host; the poller lists the window from scratch.
    mutating func setStatusFilter(_ status: RuntimeStatus?, now: Date) {
        statusFilter = status
        freshness.initialLoadDone = false
        invalidateAnalysis()
        refreshVisibleInstances(now: now)
    }

    /// Replaces the entity list (sorted by name, then key).
    mutating func setEntities(_ list: [EntityStatus]) {
        entities = list.sorted {
            ($0.entityId.name, $0.entityId.key) < ($1.entityId.name, $1.entityId.key)
        }
        dropMarksOfRowsNotHeld()
        refreshVisibleEntities()
    }
}
