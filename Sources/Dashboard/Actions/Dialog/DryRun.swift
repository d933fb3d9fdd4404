import DurableAPI

/// The dry-run count of a purge by filter.
public enum DryRun: Hashable, Sendable {
    /// Not counted for the current filter (yet, or the filter changed).
    case notCounted
    /// A count for this filter is under way.
    case counting(PurgeFilter)
    /// This filter matches `count` instances.
    case counted(PurgeFilter, count: Int)
    /// The count failed.
    case failed(String)
}
