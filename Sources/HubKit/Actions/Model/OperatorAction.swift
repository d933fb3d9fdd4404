import DurableAPI

/// The operator actions that change the host, as data: their names, what they address and which instances
/// they apply to, so the UI can disable or skip them.
public enum OperatorAction: String, Hashable, Sendable, CaseIterable {
    /// Terminate a running instance, with a reason (§5.7).
    case terminate
    /// Raise an event with a JSON payload (§5.6).
    case raiseEvent
    /// Purge one instance's history (§5.4).
    case purge
    /// Suspend a running instance, with a reason (§5.8).
    case suspend
    /// Resume a suspended instance, with a reason (§5.9).
    case resume
    /// Rewind a failed instance, with a reason (§5.10).
    case rewind
    /// Restart an instance with its original input, under the same or a new id (§5.11).
    case restart
    /// Start a new orchestration (§5.1).
    case start
    /// Signal an entity operation with an optional JSON input (§5.12).
    case signalEntity
    /// Purge every instance matching a created window and statuses (§5.5).
    case purgeByFilter

    /// The name shown in dialogs, flash messages and the audit log's `action` field.
    public var title: String {
        switch self {
        case .terminate: "terminate"
        case .raiseEvent: "raise event"
        case .purge: "purge"
        case .suspend: "suspend"
        case .resume: "resume"
        case .rewind: "rewind"
        case .restart: "restart"
        case .start: "start"
        case .signalEntity: "signal entity"
        case .purgeByFilter: "purge by filter"
        }
    }

    /// What the action addresses.
    public var scope: Scope {
        switch self {
        case .terminate, .raiseEvent, .purge, .suspend, .resume, .rewind, .restart: .instances
        case .signalEntity: .entities
        case .start, .purgeByFilter: .hub
        }
    }

    /// Whether the action destroys history, so even a single target must be confirmed by typing the count.
    public var destroysHistory: Bool {
        self == .purge || self == .purgeByFilter
    }

    /// Whether the action can apply to an instance in `status`; targets it cannot apply to are skipped.
    ///
    /// Terminate, suspend and raise event need an instance that has not finished; resume needs a suspended one
    /// and rewind a failed one (the host answers 410 or 500 otherwise). Purge applies to finished instances only
    /// (current hosts answer 412 for others), restart to any instance, and the hub-wide actions to none.
    public func applies(to status: RuntimeStatus) -> Bool {
        switch self {
        case .terminate, .raiseEvent:
            !status.isTerminal
        case .suspend:
            status == .running || status == .pending || status == .continuedAsNew
        case .resume:
            status == .suspended
        case .rewind:
            status == .failed
        case .purge:
            status.isTerminal
        case .restart:
            true
        case .start, .signalEntity, .purgeByFilter:
            false
        }
    }
}

extension OperatorAction {
    /// What an action addresses.
    public enum Scope: Hashable, Sendable {
        /// Orchestration instances, by id.
        case instances
        /// Entities, by `@name@key`.
        case entities
        /// The task hub as a whole (start, purge by filter): no row targets.
        case hub
    }
}
