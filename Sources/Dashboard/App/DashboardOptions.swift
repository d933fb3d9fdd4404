import HubKit
import ScreenKit

/// Choices made once at start-up (from the command line and the environment) that the dashboard needs.
public struct DashboardOptions: Sendable {
    /// The endpoint host shown in the header (never the key or a `code=` value).
    public var endpointHost: String
    /// The task hub name shown in the header, or `nil` when the host's default hub is used.
    public var taskHub: String?
    /// Whether mutations are disabled (shown as a badge; help shows mutating keys as disabled).
    public var readOnly: Bool
    /// Seconds between refresh ticks (at least 1).
    public var refreshInterval: Duration
    /// How often the whole window is listed again from scratch.
    public var fullResyncInterval: Duration
    /// Whether the screen may only use ASCII (non-UTF-8 locale or `--ascii`).
    public var asciiOnly: Bool
    /// The theme the terminal paints with.
    public var theme: Theme
    /// `user@host`, the pre-filled reason of action dialogs.
    public var operatorName: String
    /// The instance whose detail opens at start, over the list (a pasted instance link), if any.
    public var openInstanceID: String?
    /// When an instance needs attention (`:attention` and the header's count).
    public var attention: AttentionThresholds
    /// Whether `y` may write the clipboard (OSC 52); the Linux console would print the sequence instead.
    public var clipboard: Bool
    /// The hub's name in the fleet (a connection's name, or `name/TaskHub`), shown first in the header; `nil`
    /// for a hub watched on its own, and for the fleet overview itself.
    public var hubName: String?
    /// The hub's name in its fleet, else its endpoint host.
    public var displayName: String {
        hubName ?? endpointHost
    }
    /// Every hub of the session's fleet by name, for `:hub NAME` and its completion; empty outside a fleet.
    public var fleet: [String]

    /// Creates options. `refreshInterval` defaults to 5 s, the full resync to 10 minutes, and the attention
    /// thresholds to ``AttentionThresholds/standard``.
    public init(
        endpointHost: String,
        taskHub: String? = nil,
        readOnly: Bool = false,
        refreshInterval: Duration = .seconds(5),
        fullResyncInterval: Duration = .seconds(600),
        asciiOnly: Bool = false,
        theme: Theme = ThemeCatalog.bundledDefault,
        operatorName: String = OperatorIdentity.current(),
        openInstanceID: String? = nil,
        attention: AttentionThresholds = .standard,
        clipboard: Bool = true,
        hubName: String? = nil,
        fleet: [String] = []
    ) {
        self.endpointHost = endpointHost
        self.taskHub = taskHub
        self.readOnly = readOnly
        self.refreshInterval = max(refreshInterval, .seconds(1))
        self.fullResyncInterval = max(fullResyncInterval, self.refreshInterval)
        self.asciiOnly = asciiOnly
        self.theme = theme
        self.operatorName = operatorName
        self.openInstanceID = openInstanceID
        self.attention = attention
        self.clipboard = clipboard
        self.hubName = hubName
        self.fleet = fleet
    }
}
