import Foundation

/// The filter of purge-by-filter (§5.5). `createdFrom` is required by the host.
public struct PurgeFilter: Sendable, Hashable {
    /// Purge instances created at or after this time.
    public var createdFrom: Date
    /// Purge instances created at or before this time; nil means now.
    public var createdTo: Date?
    /// Only these statuses; empty means every status, running ones included.
    public var statuses: [RuntimeStatus]

    /// Creates a filter.
    public init(createdFrom: Date, createdTo: Date? = nil, statuses: [RuntimeStatus] = []) {
        self.createdFrom = createdFrom
        self.createdTo = createdTo
        self.statuses = statuses
    }

    var queryItems: QueryItems {
        .creationFilter(from: createdFrom, to: createdTo, statuses: statuses)
    }
}
