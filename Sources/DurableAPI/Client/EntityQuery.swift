import Foundation

/// Filters of list-entities (§5.14).
public struct EntityQuery: Sendable, Hashable {
    /// Only entities of this name (matched case-insensitively by the host); nil lists all.
    public var entityName: String?
    /// Only entities whose last operation is at or after this time.
    public var lastOperationFrom: Date?
    /// Only entities whose last operation is at or before this time.
    public var lastOperationTo: Date?
    /// Include each entity's state (`fetchState=true`).
    public var fetchState: Bool
    /// Page size (`top`); nil leaves the host default (100).
    public var pageSize: Int?

    /// Creates a query; the defaults list every entity without state.
    public init(
        entityName: String? = nil,
        lastOperationFrom: Date? = nil,
        lastOperationTo: Date? = nil,
        fetchState: Bool = false,
        pageSize: Int? = nil
    ) {
        self.entityName = entityName
        self.lastOperationFrom = lastOperationFrom
        self.lastOperationTo = lastOperationTo
        self.fetchState = fetchState
        self.pageSize = pageSize
    }

    var pathSegments: [String] {
        entityName.map { ["entities", $0] } ?? ["entities"]
    }

    var queryItems: QueryItems {
        var query = QueryItems()
        query.add("lastOperationTimeFrom", date: lastOperationFrom)
        query.add("lastOperationTimeTo", date: lastOperationTo)
        if fetchState {
            query.add("fetchState", "true")
        }
        query.add("top", ifPresent: pageSize.map(String.init))
        return query
    }
}
