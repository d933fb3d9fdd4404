import DurableAPI
import HubKit

/// One level of the navigation stack.
public enum Screen: Hashable, Sendable {
    /// The instances table (the root).
    case instances
    /// One instance, with Summary, History and Timeline tabs.
    case instanceDetail(InstanceDetailState)
    /// The full JSON of one history event.
    case historyEvent(HistoryEventState)
    /// The entities table.
    case entities
    /// One entity's full state.
    case entityDetail(EntityDetailState)
    /// Failed instances grouped by orchestrator and normalised failure message.
    case failures
    /// The instances that need a human now, each with its reason.
    case attention
    /// One row per orchestrator name: counts, failure rate, durations, starts.
    case orchestrators
    /// The fleet overview: one row per hub (only in the overview's own state).
    case hubs

    /// The key mode of this view, which selects its key bindings.
    public var keyMode: KeyMode {
        switch self {
        case .instances: .instances
        case .instanceDetail(let detail): detail.tab.keyMode
        case .historyEvent: .historyEvent
        case .entities: .entities
        case .entityDetail: .entityDetail
        case .failures: .failures
        case .attention: .attention
        case .orchestrators: .orchestrators
        case .hubs: .hubs
        }
    }

    /// The breadcrumb text for this level.
    public var crumb: String {
        switch self {
        case .instances: "instances"
        case .instanceDetail(let detail): detail.instanceID
        case .historyEvent(let event): event.title
        case .entities: "entities"
        case .entityDetail(let entity): entity.entityID.instanceId
        case .failures: "failures"
        case .attention: "attention"
        case .orchestrators: "orchestrators"
        case .hubs: "hubs"
        }
    }
}

/// The state of the instance detail view.
public struct InstanceDetailState: Hashable, Sendable {
    /// The tabs, numbered from 1.
    public enum Tab: Int, Hashable, Sendable, CaseIterable {
        /// Every field plus input, output and custom status.
        case summary = 1
        /// The history table.
        case history = 2
        /// The history as bars on one time axis.
        case timeline = 3

        /// The tab title.
        public var title: String {
            switch self {
            case .summary: "Summary"
            case .history: "History"
            case .timeline: "Timeline"
            }
        }

        /// The key mode of the tab.
        public var keyMode: KeyMode {
            switch self {
            case .summary: .instanceSummary
            case .history: .instanceHistory
            case .timeline: .instanceTimeline
            }
        }
    }

    /// The instance shown.
    public var instanceID: String
    /// The active tab.
    public var tab: Tab = .summary
    /// The instance with history, once loaded.
    public var status: OrchestrationStatus? {
        didSet { timeline = status.flatMap(Timeline.init(status:)) }
    }
    /// The Timeline tab's bars, built from ``status`` whenever it changes (never while drawing).
    public private(set) var timeline: Timeline?
    /// Why the last load failed, if it did.
    public var error: String?
    /// The first line of the Summary tab shown.
    public var summaryScroll: Int = 0
    /// Selection in the History tab.
    public var historyCursor = ListCursor()
    /// Selection in the Timeline tab.
    public var timelineCursor = ListCursor()

    /// Whether the loaded history is final: the instance finished, its history is loaded, and the list row
    /// `listed` (if any) shows no change since, as a rewind or restart would.
    public func isSettled(listed: OrchestrationStatus?) -> Bool {
        guard let status, status.historyEvents != nil, status.runtimeStatus.isTerminal else {
            return false
        }
        return listed.map { $0.lastUpdatedTime == status.lastUpdatedTime } ?? true
    }

    /// Creates the state for an instance, showing what the list already knows until the history arrives.
    public init(instanceID: String, status: OrchestrationStatus?) {
        self.instanceID = instanceID
        self.status = status
        self.timeline = status.flatMap(Timeline.init(status:))
    }
}

/// The state of the history-event JSON view.
public struct HistoryEventState: Hashable, Sendable {
    /// The instance the event belongs to.
    public var instanceID: String
    /// The event's position in the history.
    public var index: Int
    /// The title (event type and name).
    public var title: String
    /// The event's full JSON.
    public var json: JSONValue
    /// The first line shown.
    public var scroll: Int = 0

    /// Creates the view state.
    public init(instanceID: String, index: Int, title: String, json: JSONValue) {
        self.instanceID = instanceID
        self.index = index
        self.title = title
        self.json = json
    }
}

/// The state of the entity detail view.
public struct EntityDetailState: Hashable, Sendable {
    /// The entity shown.
    public var entityID: EntityID
    /// The entity as the entities list showed it (last operation time), when opened from the list.
    public var status: EntityStatus?
    /// The entity's state as last fetched on its own.
    public var state: JSONValue?
    /// Why the last load failed, if it did.
    public var error: String?
    /// The first line shown.
    public var scroll: Int = 0

    /// Creates the state for an entity.
    public init(entityID: EntityID, status: EntityStatus?) {
        self.entityID = entityID
        self.status = status
    }
}
