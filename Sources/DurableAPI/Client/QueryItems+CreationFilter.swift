import Foundation

extension QueryItems {
    /// Appends the filter list-instances (§5.3) and purge-by-filter (§5.5) share: `createdTimeFrom`,
    /// `createdTimeTo` (each when set) and `runtimeStatus` (comma-separated, only when `statuses` is not empty).
    mutating func addCreationFilter(from: Date?, to: Date?, statuses: [RuntimeStatus]) {
        add("createdTimeFrom", date: from)
        add("createdTimeTo", date: to)
        if !statuses.isEmpty {
            add("runtimeStatus", statuses.map(\.name).joined(separator: ","))
        }
    }
}
