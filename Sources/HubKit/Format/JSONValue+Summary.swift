import DurableAPI

extension JSONValue {
    /// A one-line summary for a table cell: an object reads `stage=processing progress=42`, an array
    /// `[a, b, c]`, a string as itself, `null` as nothing. Nested objects and arrays inside show as `{…}` and
    /// `[N]`, so the first fields stay in view however deep the value is.
    public var summary: String {
        switch self {
        case .null: ""
        case .string(let text): text
        case .object(let members):
            members.map { key, value in "\(key)=\(value.nestedSummary)" }.joined(separator: " ")
        case .array(let items):
            "[" + items.map(\.nestedSummary).joined(separator: ", ") + "]"
        default: compactText
        }
    }

    /// The summary of a value inside an object or array.
    private var nestedSummary: String {
        switch self {
        case .object(let members): members.isEmpty ? "{}" : "{\u{2026}}"
        case .array(let items): "[\(items.count)]"
        case .null: "null"
        default: summary
        }
    }
}
