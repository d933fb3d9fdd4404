/// An ordered list of HTTP header fields with case-insensitive lookup.
///
/// Repeated fields are kept as separate entries, and empty values are kept too (the end of a paged list is an empty
/// `x-ms-continuation-token`).
public struct HTTPHeaders: Sendable, Hashable {
    /// One header field.
    public struct Field: Sendable, Hashable {
        /// The field name as sent or received.
        public var name: String
        /// The field value, without surrounding whitespace; may be empty.
        public var value: String

        /// Creates a field.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields in wire order.
    public private(set) var fields: [Field]

    /// Creates a header list from fields in wire order.
    public init(_ fields: [Field] = []) {
        self.fields = fields
    }

    /// Appends one field, keeping any earlier field with the same name.
    public mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Replaces every field named `name` (any letter case) with one field.
    public mutating func set(name: String, value: String) {
        remove(name: name)
        add(name: name, value: value)
    }

    /// Removes every field named `name` (any letter case).
    public mutating func remove(name: String) {
        let lowered = name.lowercased()
        fields.removeAll { $0.name.lowercased() == lowered }
    }

    /// All values of the fields named `name` (any letter case), in wire order.
    public func values(for name: String) -> [String] {
        let lowered = name.lowercased()
        var result: [String] = []
        for field in fields where field.name.lowercased() == lowered {
            result.append(field.value)
        }
        return result
    }

    /// The first value of the field named `name` (any letter case), or nil when the field is absent.
    public subscript(name: String) -> String? {
        values(for: name).first
    }
}
