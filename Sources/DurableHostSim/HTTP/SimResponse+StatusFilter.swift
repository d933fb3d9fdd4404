import DurableAPI

extension SimResponse {
    /// The `runtimeStatus` filter as stored status values, parsed with the host's rules
    /// (`RuntimeStatus.parseQueryFilter`): `nil` = no filter; a status the engine never stores (an undefined
    /// number, `Unknown`) matches nothing.
    static func statusFilter(_ occurrences: [String]) -> Set<Int>? {
        guard let statuses = RuntimeStatus.parseQueryFilter(occurrences) else {
            return nil
        }
        var values: Set<Int> = []
        for status in statuses {
            if let stored = CoreOrchestrationStatus.allCases.first(where: { $0.name == status.name }) {
                values.insert(stored.rawValue)
            } else {
                values.insert(Int.min)
            }
        }
        return values
    }
}
