extension JSONValue {
    /// Whether one of the texts a search reads in this value satisfies `predicate`: each key, string and number (as
    /// written), and `true`, `false` and `null`, depth first, stopping at the first that does.
    public func containsText(where predicate: (String) -> Bool) -> Bool {
        switch self {
        case .null:
            predicate("null")
        case .bool(let flag):
            predicate(flag ? "true" : "false")
        case .number(let number):
            predicate(number.literal)
        case .string(let text):
            predicate(text)
        case .array(let elements):
            elements.contains { $0.containsText(where: predicate) }
        case .object(let members):
            members.contains { predicate($0.key) || $0.value.containsText(where: predicate) }
        }
    }
}
