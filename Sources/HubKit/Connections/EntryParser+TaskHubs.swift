import ConfigFiles
import TOMLKit

extension EntryParser {
    /// The task hubs an entry names: `task-hub = "A"`, or `task-hubs = ["A", "B"]` (one row each in the fleet
    /// overview), never both; none keeps the URL's hub.
    func taskHubs(name: String, entry: TOMLTable) throws(ConfigFileError) -> [String] {
        if entry["task-hub"] != nil, entry["task-hubs"] != nil {
            throw error(name: name, field: "task-hubs", "give task-hub or task-hubs, not both")
        }
        if let value = entry["task-hub"] {
            guard let taskHub = value.string, !taskHub.isEmpty else {
                throw error(name: name, field: "task-hub", "must be a non-empty string")
            }
            return [taskHub]
        }
        guard let value = entry["task-hubs"] else {
            return []
        }
        let shape = "must be an array of task hub names, like [\"OrdersHub\", \"BillingHub\"]"
        guard let array = value.array, !array.isEmpty else {
            throw error(name: name, field: "task-hubs", shape)
        }
        var hubs: [String] = []
        for element in array {
            guard let hub = element.string, !hub.isEmpty else {
                throw error(name: name, field: "task-hubs", shape)
            }
            guard !hubs.contains(where: { $0.lowercased() == hub.lowercased() }) else {
                throw error(name: name, field: "task-hubs", "names \"\(hub)\" twice")
            }
            hubs.append(hub)
        }
        return hubs
    }
}
