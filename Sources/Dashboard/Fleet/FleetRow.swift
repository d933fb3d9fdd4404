import HubKit

/// One row of the fleet overview: which hub, and how it is doing.
public struct FleetRow: Hashable, Sendable {
    /// The hub's name (`prod`, or `prod/OrdersHub` for one of a connection's several task hubs).
    public var name: String
    /// The endpoint host (never the key).
    public var host: String
    /// The task hub requests name, or `nil` for the host's default.
    public var taskHub: String?
    /// Whether the hub's connection is read-only.
    public var readOnly: Bool
    /// Counts, recent failures, attention and freshness.
    public var summary: HubSummary

    /// Creates a row.
    public init(name: String, host: String, taskHub: String?, readOnly: Bool, summary: HubSummary) {
        self.name = name
        self.host = host
        self.taskHub = taskHub
        self.readOnly = readOnly
        self.summary = summary
    }

    /// Whether the `/` filter text (lower case) matches the name, host or task hub.
    func matches(_ needle: String) -> Bool {
        needle.isEmpty || name.lowercased().contains(needle) || host.lowercased().contains(needle)
            || (taskHub?.lowercased().contains(needle) ?? false)
    }
}
