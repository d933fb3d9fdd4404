import Collections

/// An arbitrary JSON value that keeps everything the host sent: key order and number literals.
///
/// The host's payloads carry user data (`input`, `output`, `customStatus`, entity `state`, history `Result`)
/// whose shape is unknown in advance, so the models hold it as a `JSONValue` rather than a typed struct.
///
/// Why this type has its own parser (see `JSONValue+Parsing.swift`) instead of `JSONSerialization` or
/// `JSONDecoder`: Foundation's decoders return unordered dictionaries (so `{"b":1,"a":2}` loses its order,
/// which makes the dashboard's JSON view and the simulated host's byte-exact output impossible) and turn
/// numbers into `Double`/`Int` (so `150.0` comes back as `150` and integers above 2^53 lose digits).
/// This type keeps objects as `OrderedDictionary` and numbers as their literal text.
public enum JSONValue: Sendable, Hashable {
    /// The JSON `null` literal.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, kept as its literal text.
    case number(JSONNumber)
    /// A string (already unescaped).
    case string(String)
    /// An array, in order.
    case array([JSONValue])
    /// An object whose members keep the order in which they appeared (or were inserted).
    case object(OrderedDictionary<String, JSONValue>)
}

extension JSONValue: ExpressibleByNilLiteral {
    /// Creates `.null` from `nil`.
    public init(nilLiteral: ()) {
        self = .null
    }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    /// Creates `.bool` from a boolean literal.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    /// Creates `.number` from an integer literal.
    public init(integerLiteral value: Int) {
        self = .number(JSONNumber(value))
    }
}

extension JSONValue: ExpressibleByFloatLiteral {
    /// Creates `.number` from a floating-point literal (formatted by `JSONNumber.init(_: Double)`).
    public init(floatLiteral value: Double) {
        self = .number(JSONNumber(value))
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    /// Creates `.string` from a string literal.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension JSONValue: ExpressibleByArrayLiteral {
    /// Creates `.array` from an array literal.
    public init(arrayLiteral elements: JSONValue...) {
        self = .array(elements)
    }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// Creates `.object` from a dictionary literal, keeping the literal's key order.
    /// A repeated key keeps its first position and its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(fields: elements)
    }

    /// Creates `.object` from key-value pairs in order; a repeated key keeps its first position and its last value.
    public init(fields: [(String, JSONValue)]) {
        var object = OrderedDictionary<String, JSONValue>()
        for (key, value) in fields {
            object[key] = value
        }
        self = .object(object)
    }
}
