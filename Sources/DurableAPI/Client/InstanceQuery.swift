import Foundation

/// Filters of list-instances (§5.3).
public struct InstanceQuery: Sendable, Hashable {
    /// Only instances created at or after this time.
    public var createdFrom: Date?
    /// Only instances created at or before this time.
    public var createdTo: Date?
    /// Only these runtime statuses (sent comma-separated in one `runtimeStatus`); empty means all.
    public var statuses: [RuntimeStatus]
    /// Only instance ids starting with this text.
    public var instanceIDPrefix: String?
    /// Include inputs (`showInput=false` is sent when this is false, which makes the query cheaper).
    public var showInput: Bool
    /// Page size (`top`); nil leaves the host default (100).
    public var pageSize: Int?

    /// Creates a query; the defaults ask for everything.
    public init(
        createdFrom: Date? = nil,
        createdTo: Date? = nil,
        statuses: [RuntimeStatus] = [],
        instanceIDPrefix: String? = nil,
        showInput: Bool = true,
        pageSize: Int? = nil
    ) {
        self.createdFrom = createdFrom
        self.createdTo = createdTo
        self.statuses = statuses
        self.instanceIDPrefix = instanceIDPrefix
        self.showInput = showInput
        self.pageSize = pageSize
    }

    var queryItems: QueryItems {
        var query = QueryItems.creationFilter(from: createdFrom, to: createdTo, statuses: statuses)
        query.add("instanceIdPrefix", ifPresent: instanceIDPrefix)
        if !showInput {
            query.add("showInput", "false")
        }
        query.add("top", ifPresent: pageSize.map(String.init))
        return query
    }
}
