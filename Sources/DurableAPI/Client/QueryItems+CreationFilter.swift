import Foundation

extension QueryItems {
    /// The filter list-instances (§5.3) and purge-by-filter (§5.5) share: `createdTimeFrom`, `createdTimeTo` (each
    /// when set) and `runtimeStatus` (comma-separated, only when `statuses` is not empty).
    static func creationFilter(from: Date?, to: Date?, statuses: [RuntimeStatus]) -> QueryItems {
        var query = QueryItems()
        query.add("createdTimeFrom", date: from)
        query.add("createdTimeTo", date: to)
        if !statuses.isEmpty {
            query.add("runtimeStatus", statuses.map(\.name).joined(separator: ","))
        }
        return query
    }
}
