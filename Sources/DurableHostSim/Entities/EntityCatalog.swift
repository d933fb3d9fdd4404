import DurableAPI

/// The durable entities the simulated app defines and their operations.
enum EntityCatalog {
    /// Entity names (lower case, as the extension normalizes them).
    static let names = ["counter", "cart"]

    /// The outcome of an operation on an entity's state.
    enum Outcome: Equatable {
        /// The entity now has this state (raw JSON text).
        case state(String)
        /// The entity was deleted.
        case deleted
        /// Nothing changed.
        case unchanged
    }

    /// Applies `operation` with `input` (raw JSON text) to `state` (raw JSON text, `nil` when the entity does not
    /// exist yet). Unknown operations leave the state unchanged, as a throwing entity operation would.
    static func apply(entity: String, operation: String, input: String?, state: String?) -> Outcome {
        let op = operation.lowercased()
        if op == "delete" {
            return .deleted
        }
        let argument = ProgramJSON.parse(input)
        switch entity {
        case "counter":
            let current = ProgramJSON.parse(state)?.intValue ?? 0
            switch op {
            case "add":
                let amount = argument?.intValue ?? argument?.stringValue.flatMap { Int($0) } ?? 0
                return .state(String(current + amount))
            case "reset":
                return .state("0")
            default:
                return .unchanged
            }
        case "cart":
            var items = ProgramJSON.parse(state)?.arrayValue ?? []
            switch op {
            case "add":
                items.append(argument ?? .null)
            case "remove":
                if let index = items.firstIndex(of: argument ?? .null) {
                    items.remove(at: index)
                }
            case "clear":
                items = []
            default:
                return .unchanged
            }
            return .state(ProgramJSON.text(.array(items)))
        default:
            return .unchanged
        }
    }
}
