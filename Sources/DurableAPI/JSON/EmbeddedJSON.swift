/// A string that usually holds JSON text, as history `Input` fields do (§6.1, §10a: `"\"Tokyo\""`,
/// `"{\"approved\":true}"`): the host passes them through as strings instead of parsing them.
///
/// `raw` is the text exactly as received; `value` is that text decoded a second time when it is valid JSON,
/// otherwise the raw text itself as a JSON string (the same fallback the host applies to `input`/`output`).
public struct EmbeddedJSON: Sendable, Hashable {
    /// The string as received.
    public let raw: String
    /// The decoded value, or `.string(raw)` when `raw` is not valid JSON.
    public let value: JSONValue
    /// Whether `raw` was valid JSON (and `value` is its decoded form).
    public let isJSON: Bool

    /// Decodes `raw` when it holds JSON; keeps it as a plain string otherwise.
    public init(raw: String) {
        self.raw = raw
        if let decoded = try? JSONValue(parsing: raw) {
            self.value = decoded
            self.isJSON = true
        } else {
            self.value = .string(raw)
            self.isJSON = false
        }
    }

    /// Encodes `value` compactly, as the host stores it (for example `.string("Tokyo")` → raw `"Tokyo"` in quotes).
    public init(encoding value: JSONValue) {
        self.raw = value.compactText
        self.value = value
        self.isJSON = true
    }
}
