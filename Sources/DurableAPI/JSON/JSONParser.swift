import Collections

/// A strict RFC 8259 parser producing `JSONValue`s with key order and number literals preserved.
///
/// Strict means: exactly one value surrounded by optional whitespace (space, tab, LF, CR); no comments,
/// trailing commas, single quotes, `NaN`, leading zeros or unescaped control characters; strings must be
/// valid UTF-8 and `\u` escapes must form valid scalars (a high surrogate must be followed by a low one).
/// A repeated object key keeps its first position and its last value (as JavaScript's `JSON.parse`).
/// Nesting deeper than `maximumDepth` arrays/objects is rejected, so hostile input cannot exhaust the stack.
struct JSONParser {
    private let bytes: [UInt8]
    private let maximumDepth: Int
    private var index = 0
    private var depth = 0

    init(bytes: [UInt8], maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    /// Parses the whole input as one JSON text.
    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else {
            throw error("unexpected \(describeCurrent()) after the JSON value")
        }
        return value
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else {
            throw error("unexpected end of input, expected a value")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return try parseObject()
        case UInt8(ascii: "["):
            return try parseArray()
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "t"):
            try expectKeyword("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectKeyword("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectKeyword("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try parseNumber())
        default:
            throw error("unexpected \(describeCurrent()), expected a value")
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        var object = OrderedDictionary<String, JSONValue>()
        try parseMembers { (parser: inout JSONParser, key: String) throws(JSONParseError) in
            object[key] = try parser.parseValue()
        }
        return .object(object)
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        var array: [JSONValue] = []
        try parseElements { (parser: inout JSONParser) throws(JSONParseError) in
            array.append(try parser.parseValue())
        }
        return .array(array)
    }

    /// Parses the object at the current position, handing each member's key to `member` with the parser on the
    /// member's value, which `member` parses.
    mutating func parseMembers(
        _ member: (inout JSONParser, String) throws(JSONParseError) -> Void
    ) throws(JSONParseError) {
        guard current == UInt8(ascii: "{") else {
            throw error("unexpected \(describeCurrent()), expected an object")
        }
        try enterContainer()
        index += 1
        skipWhitespace()
        if try consumeIf(UInt8(ascii: "}")) {
            leaveContainer()
            return
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("unexpected \(describeCurrent()), expected a string object key")
            }
            let key = try parseString()
            skipWhitespace()
            guard try consumeIf(UInt8(ascii: ":")) else {
                throw error("unexpected \(describeCurrent()), expected ':' after object key")
            }
            skipWhitespace()
            try member(&self, key)
            skipWhitespace()
            if try consumeIf(UInt8(ascii: ",")) {
                continue
            }
            guard try consumeIf(UInt8(ascii: "}")) else {
                throw error("unexpected \(describeCurrent()), expected ',' or '}' in object")
            }
            leaveContainer()
            return
        }
    }

    /// Parses the array at the current position, calling `element` with the parser on each element, which
    /// `element` parses.
    mutating func parseElements(_ element: (inout JSONParser) throws(JSONParseError) -> Void) throws(JSONParseError) {
        guard current == UInt8(ascii: "[") else {
            throw error("unexpected \(describeCurrent()), expected an array")
        }
        try enterContainer()
        index += 1
        skipWhitespace()
        if try consumeIf(UInt8(ascii: "]")) {
            leaveContainer()
            return
        }
        while true {
            skipWhitespace()
            try element(&self)
            skipWhitespace()
            if try consumeIf(UInt8(ascii: ",")) {
                continue
            }
            guard try consumeIf(UInt8(ascii: "]")) else {
                throw error("unexpected \(describeCurrent()), expected ',' or ']' in array")
            }
            leaveContainer()
            return
        }
    }

    private mutating func enterContainer() throws(JSONParseError) {
        guard depth < maximumDepth else {
            throw error("nesting deeper than \(maximumDepth) levels")
        }
        depth += 1
    }

    /// Leaves an array or object entered with ``enterContainer()``.
    private mutating func leaveContainer() {
        depth -= 1
    }

    /// The byte at the current position, `nil` at the end of the input.
    var current: UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        guard let length = JSONNumber.literalLength(in: bytes, from: index) else {
            throw error("invalid number")
        }
        let literal = String(decoding: bytes[index..<index + length], as: UTF8.self)
        index += length
        return JSONNumber(validatedLiteral: literal)
    }

    mutating func parseString() throws(JSONParseError) -> String {
        let start = index
        index += 1
        var decoded: [UInt8] = []
        var sawEscape = false
        var ascii = true
        var segmentStart = index
        while true {
            guard index < bytes.count else {
                throw JSONParseError(offset: start, reason: "unterminated string")
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                if !sawEscape {
                    return try validatedString(bytes[segmentStart..<index - 1], ascii: ascii, start: start)
                }
                decoded.append(contentsOf: bytes[segmentStart..<index - 1])
                break
            }
            if byte < 0x20 {
                throw error("unescaped control character 0x\(String(byte, radix: 16)) in string")
            }
            if byte == UInt8(ascii: "\\") {
                sawEscape = true
                decoded.append(contentsOf: bytes[segmentStart..<index])
                try parseEscape(into: &decoded)
                segmentStart = index
            } else {
                ascii = ascii && byte < 0x80
                index += 1
            }
        }
        return try validatedString(decoded[...], ascii: false, start: start)
    }

    /// The string of `utf8`, or an error when it is not valid UTF-8.
    ///
    /// Decoding repairs what is not valid UTF-8, so the bytes are valid exactly when the decoded string holds the
    /// same bytes; ASCII needs no check. (Swift's validating initialiser goes through generic code that costs
    /// several times as much, and a large listing is mostly strings.)
    private func validatedString(_ utf8: ArraySlice<UInt8>, ascii: Bool, start: Int) throws(JSONParseError) -> String {
        let string = utf8.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        guard ascii || string.utf8.elementsEqual(utf8) else {
            throw JSONParseError(offset: start, reason: "string is not valid UTF-8")
        }
        return string
    }

    private mutating func parseEscape(into decoded: inout [UInt8]) throws(JSONParseError) {
        index += 1
        guard index < bytes.count else {
            throw error("unexpected end of input in escape sequence")
        }
        let simple: UInt8?
        switch bytes[index] {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw error("invalid escape sequence '\\\(describeCurrent())'")
        }
        if let simple {
            decoded.append(simple)
            index += 1
            return
        }
        let escapeStart = index - 1
        let unit = try parseHexQuad()
        let scalarValue: UInt32
        if (0xD800...0xDBFF).contains(unit) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else {
                throw JSONParseError(offset: escapeStart, reason: "high surrogate not followed by a low surrogate")
            }
            index += 1
            let low = try parseHexQuad()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw JSONParseError(offset: escapeStart, reason: "high surrogate not followed by a low surrogate")
            }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(unit) {
            throw JSONParseError(offset: escapeStart, reason: "lone low surrogate")
        } else {
            scalarValue = UInt32(unit)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            throw JSONParseError(offset: escapeStart, reason: "invalid unicode escape")
        }
        decoded.append(contentsOf: String(Character(scalar)).utf8)
    }

    /// Parses `uXXXX` with `index` on the `u`, leaving `index` after the last hex digit.
    private mutating func parseHexQuad() throws(JSONParseError) -> UInt16 {
        index += 1
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexDigitValue(bytes[index]) else {
                throw error("expected 4 hex digits in \\u escape")
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    private func hexDigitValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    mutating func expectKeyword(_ keyword: String) throws(JSONParseError) {
        let start = index
        for expected in keyword.utf8 {
            guard index < bytes.count, bytes[index] == expected else {
                throw JSONParseError(offset: start, reason: "invalid literal, expected '\(keyword)'")
            }
            index += 1
        }
    }

    private mutating func consumeIf(_ byte: UInt8) throws(JSONParseError) -> Bool {
        guard index < bytes.count, bytes[index] == byte else {
            return false
        }
        index += 1
        return true
    }

    mutating func skipWhitespace() {
        while index < bytes.count && Self.isWhitespace(bytes[index]) {
            index += 1
        }
    }

    /// Whether `byte` is JSON whitespace: space, tab, LF or CR.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): true
        default: false
        }
    }

    /// Whether `text` is the JSON text of an empty array, `[]` with whitespace around or between the brackets;
    /// reads no further than the first byte that says it is not.
    static func isEmptyArray(_ text: some Sequence<UInt8>) -> Bool {
        var expected = [UInt8(ascii: "["), UInt8(ascii: "]")][...]
        for byte in text where !isWhitespace(byte) {
            guard byte == expected.popFirst() else {
                return false
            }
        }
        return expected.isEmpty
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else {
            return "end of input"
        }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        return "byte 0x\(String(byte, radix: 16))"
    }

    func error(_ reason: String) -> JSONParseError {
        JSONParseError(offset: index, reason: reason)
    }
}
