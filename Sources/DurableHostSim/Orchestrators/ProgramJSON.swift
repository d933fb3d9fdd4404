import DurableAPI

/// Helpers for reading and writing the raw JSON text that simulated functions exchange.
enum ProgramJSON {
    /// Parses stored JSON text; a JSON string whose content is itself JSON (the Python SDK double-encodes) is
    /// unwrapped one level. Invalid text becomes a JSON string, as the host does.
    static func parse(_ text: String?) -> JSONValue? {
        guard let text else {
            return nil
        }
        guard let value = try? JSONValue(parsing: text) else {
            return .string(text)
        }
        if case .string(let inner) = value, let unwrapped = try? JSONValue(parsing: inner) {
            return unwrapped
        }
        return value
    }

    /// Compact JSON text of `value`.
    static func text(_ value: JSONValue) -> String {
        value.compactText
    }

    /// Compact JSON text of a string value (a JSON string literal).
    static func text(_ string: String) -> String {
        JSONValue.string(string).compactText
    }
}
