import DurableAPI
import Foundation

/// A column of the instances table, by name; every column can be the sort key. The dashboard defines each one
/// (heading, width, cell, sort key) in its `InstanceTable`.
public enum InstanceColumn: Int, Hashable, Sendable, CaseIterable {
    /// Instance id.
    case id
    /// Orchestrator name.
    case name
    /// Runtime status.
    case status
    /// Creation time.
    case created
    /// Last update time.
    case updated
    /// Run time (to now while running).
    case duration
    /// Custom status summary.
    case custom

}

/// The sort order of the instances table: a column and a direction.
public struct InstanceSort: Hashable, Sendable {
    /// The sort key.
    public var column: InstanceColumn
    /// Whether larger values come first.
    public var descending: Bool

    /// Creates a sort order; the default is newest first.
    public init(column: InstanceColumn = .created, descending: Bool = true) {
        self.column = column
        self.descending = descending
    }

    /// How long an instance ran: to its last update when finished, to now otherwise.
    public static func duration(of instance: OrchestrationStatus, now: Date) -> TimeInterval {
        let end = instance.runtimeStatus.isTerminal ? instance.lastUpdatedTime : now
        return max(0, end.timeIntervalSince(instance.createdTime))
    }

    /// The custom status as a one-line summary (empty when unset), as the table shows it.
    public static func customText(_ instance: OrchestrationStatus) -> String {
        instance.customStatus.summary
    }

}
