/// A JSON number kept as its literal text, so that `150.0` stays `150.0` and `12345678901234567890` stays exact.
///
/// Two numbers are equal when their literals are equal (`1.0` and `1` differ), which is what a byte-exact
/// round trip needs; compare `doubleValue`s for numeric equality.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The literal text, valid per RFC 8259 (for example `-0.5`, `150.0`, `1e+20`).
    public let literal: String

    /// Creates a number from literal text, or `nil` when the text is not a valid RFC 8259 number.
    public init?(literal: String) {
        let bytes = Array(literal.utf8)
        guard JSONNumber.literalLength(in: bytes, from: 0) == bytes.count else {
            return nil
        }
        self.literal = literal
    }

    /// Creates a number from an integer.
    public init(_ value: Int) {
        self.literal = String(value)
    }

    /// Creates a number from a `Double` using Swift's shortest round-tripping form (`150.0`, `0.4`, `1e+20`).
    /// Non-finite values have no JSON form and become `0`.
    public init(_ value: Double) {
        if value.isFinite {
            self.literal = value.description
        } else {
            self.literal = "0"
        }
    }

    /// Creates a number from literal text already validated by the parser.
    init(validatedLiteral: String) {
        self.literal = validatedLiteral
    }

    /// The value as a `Double` (rounded to the nearest representable value).
    public var doubleValue: Double {
        Double(literal) ?? 0
    }

    /// The value as an `Int` when the literal denotes an integer that fits (`42`, `-7`, `3.0`, `1e3`), else `nil`.
    public var intValue: Int? {
        if let exact = Int(literal) {
            return exact
        }
        guard let double = Double(literal), double.rounded() == double,
            double >= -9_223_372_036_854_775_808, double < 9_223_372_036_854_775_808
        else {
            return nil
        }
        return Int(double)
    }

    /// The literal text.
    public var description: String {
        literal
    }

    /// Returns the length of the RFC 8259 number starting at `start`, or `nil` when none starts there.
    ///
    /// Grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    static func literalLength(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        guard index < bytes.count, isDigit(bytes[index]) else {
            return nil
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            index = skipDigits(in: bytes, from: index)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                return nil
            }
            index = skipDigits(in: bytes, from: index)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else {
                return nil
            }
            index = skipDigits(in: bytes, from: index)
        }
        return index - start
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func skipDigits(in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, isDigit(bytes[index]) {
            index += 1
        }
        return index
    }
}
