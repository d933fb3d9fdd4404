import DurableAPI

/// What background action work reports back.
public enum ActionUpdate: Hashable, Sendable {
    /// The run's progress changed (or it finished).
    case progress(BulkProgress)
    /// A dry run counted `count` instances for `filter`.
    case dryRunCounted(PurgeFilter, count: Int)
    /// A dry run failed.
    case dryRunFailed(PurgeFilter, message: String)
    /// The audit log could not be written after a run.
    case auditFailed(String)
}
