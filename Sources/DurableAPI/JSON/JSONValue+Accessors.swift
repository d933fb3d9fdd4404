import Collections

extension JSONValue {
    /// The member named `key` when this is an object that has it, else `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let object) = self else {
            return nil
        }
        return object[key]
    }

    /// The element at `index` when this is an array and the index is in range, else `nil`.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let array) = self, array.indices.contains(index) else {
            return nil
        }
        return array[index]
    }

    /// `true` for `.null`.
    public var isNull: Bool {
        self == .null
    }

    /// The string when this is `.string`, else `nil`.
    public var stringValue: String? {
        guard case .string(let string) = self else {
            return nil
        }
        return string
    }

    /// The number when this is `.number`, else `nil`.
    public var numberValue: JSONNumber? {
        guard case .number(let number) = self else {
            return nil
        }
        return number
    }

    /// The number as a `Double` when this is `.number`, else `nil`.
    public var doubleValue: Double? {
        numberValue?.doubleValue
    }

    /// The number as an `Int` when this is an integral `.number` that fits, else `nil`.
    public var intValue: Int? {
        numberValue?.intValue
    }

    /// The elements when this is `.array`, else `nil`.
    public var arrayValue: [JSONValue]? {
        guard case .array(let array) = self else {
            return nil
        }
        return array
    }

    /// The members when this is `.object`, else `nil`.
    public var objectValue: OrderedDictionary<String, JSONValue>? {
        guard case .object(let object) = self else {
            return nil
        }
        return object
    }

    /// The JSON type name used in error messages: `null`, `boolean`, `number`, `string`, `array` or `object`.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
