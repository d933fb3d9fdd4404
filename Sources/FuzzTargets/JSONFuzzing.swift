import DurableAPI
import Foundation

/// The `json` target: the strict parser on raw bytes; whatever it accepts must come back unchanged from its
/// compact and its pretty text, and survive redaction. A status listing decoded straight from the bytes must be
/// the listing decoded through the parsed value, and the direct decoder must accept nothing the parser rejects.
enum JSONFuzzing {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let direct = OrchestrationStatus.array(decodingDirectly: bytes)
        let value: JSONValue
        do {
            value = try JSONValue(parsing: Data(bytes))
        } catch {
            if direct != nil {
                return .broken("a status listing decoded directly from bytes the parser rejects: \(error)")
            }
            return .rejected(error.description)
        }
        guard direct == (try? [OrchestrationStatus](json: value)) else {
            return .broken("a status listing decoded directly differs from the one decoded through JSONValue")
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
