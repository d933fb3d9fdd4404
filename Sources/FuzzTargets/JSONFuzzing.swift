import DurableAPI
import Foundation

/// The `json` target: the strict parser on raw bytes; whatever it accepts must come back unchanged from its
/// compact and its pretty text, and survive redaction.
enum JSONFuzzing {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: Data(bytes))
        } catch {
            return .rejected(error.description)
        }
        for (form, text) in [("compact", value.compactText), ("pretty", value.prettyText)] {
            guard (try? JSONValue(parsing: text)) == value else {
                return .broken("the \(form) text of a parsed value does not parse back to it: \(text)")
            }
        }
        _ = Redaction.standard.apply(value)
        return .accepted
    }
}
