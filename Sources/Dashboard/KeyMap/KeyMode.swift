/// Who takes the keys: one of the views, or an overlay over it. Each mode has its own bindings in the key map.
public enum KeyMode: String, Hashable, Sendable, CaseIterable {
    /// The instances table.
    case instances
    /// The Summary tab of an instance.
    case instanceSummary
    /// The History tab of an instance.
    case instanceHistory
    /// The Timeline tab of an instance.
    case instanceTimeline
    /// The JSON of one history event.
    case historyEvent
    /// The entities table.
    case entities
    /// One entity's state.
    case entityDetail
    /// The failure clusters.
    case failures
    /// The attention queue.
    case attention
    /// The orchestrators' health.
    case orchestrators
    /// The fleet overview: one row per task hub.
    case hubs
    /// The `/` filter or `:` command prompt on the bottom line.
    case prompt
    /// An operator action's confirmation dialog.
    case dialog
    /// The `?` help overlay.
    case help
    /// The progress panel of an operator action.
    case progress

    /// The modes of the views themselves (no overlay open).
    public static let views: Set<KeyMode> = [
        .instances, .instanceSummary, .instanceHistory, .instanceTimeline, .historyEvent, .entities, .entityDetail,
        .failures, .attention, .orchestrators,
    ]

    /// The overlays, in the order help lists them after the view's own keys.
    public static let overlays: [KeyMode] = [.prompt, .dialog, .progress, .help]

    /// The mode's name in help and in the README's key table.
    public var title: String {
        switch self {
        case .instances: "Instances"
        case .instanceSummary: "Instance: Summary"
        case .instanceHistory: "Instance: History"
        case .instanceTimeline: "Instance: Timeline"
        case .historyEvent: "History event"
        case .entities: "Entities"
        case .entityDetail: "Entity state"
        case .failures: "Failures"
        case .attention: "Attention"
        case .orchestrators: "Orchestrators"
        case .hubs: "Hubs"
        case .prompt: "Prompt"
        case .dialog: "Action dialog"
        case .help: "Help"
        case .progress: "Progress panel"
        }
    }
}
