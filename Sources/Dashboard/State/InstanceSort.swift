import DurableAPI
import Foundation

/// A column of the instances table; every column can be the sort key.
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

    /// The column heading.
    public var title: String {
        switch self {
        case .id: "INSTANCE"
        case .name: "NAME"
        case .status: "STATUS"
        case .created: "CREATED"
        case .updated: "UPDATED"
        case .duration: "DURATION"
        case .custom: "CUSTOM"
        }
    }
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

    /// Whether `lhs` sorts before `rhs` (ties broken by instance id, so the order is stable).
    public func areInIncreasingOrder(_ lhs: OrchestrationStatus, _ rhs: OrchestrationStatus, now: Date) -> Bool {
        let order = compare(lhs, rhs, now: now)
        if order == 0 {
            return lhs.instanceId < rhs.instanceId
        }
        return descending ? order > 0 : order < 0
    }

    /// -1, 0 or 1 comparing two instances on the sort column.
    private func compare(_ lhs: OrchestrationStatus, _ rhs: OrchestrationStatus, now: Date) -> Int {
        switch column {
        case .id: Self.sign(lhs.instanceId, rhs.instanceId)
        case .name: Self.sign(lhs.name ?? "", rhs.name ?? "")
        case .status: Self.sign(lhs.runtimeStatus.name, rhs.runtimeStatus.name)
        case .created: Self.sign(lhs.createdTime, rhs.createdTime)
        case .updated: Self.sign(lhs.lastUpdatedTime, rhs.lastUpdatedTime)
        case .duration: Self.sign(Self.duration(of: lhs, now: now), Self.duration(of: rhs, now: now))
        case .custom: Self.sign(Self.customText(lhs), Self.customText(rhs))
        }
    }

    /// How long an instance ran: to its last update when finished, to now otherwise.
    public static func duration(of instance: OrchestrationStatus, now: Date) -> TimeInterval {
        let end = instance.runtimeStatus.isTerminal ? instance.lastUpdatedTime : now
        return max(0, end.timeIntervalSince(instance.createdTime))
    }

    /// The custom status as one line of text (empty when unset).
    static func customText(_ instance: OrchestrationStatus) -> String {
        switch instance.customStatus {
        case .null: ""
        case .string(let text): text
        default: instance.customStatus.compactText
        }
    }

    private static func sign<T: Comparable>(_ lhs: T, _ rhs: T) -> Int {
        lhs < rhs ? -1 : (lhs == rhs ? 0 : 1)
    }
}
