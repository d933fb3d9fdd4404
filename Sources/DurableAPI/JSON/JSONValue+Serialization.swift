extension JSONValue {
    /// The compact form, byte for byte what Newtonsoft's `JsonConvert.SerializeObject` writes with default settings:
    /// no whitespace (`{"a":1,"b":[true,null]}`), members in order, numbers as their literals, strings escaped
    /// as described in `appendEscaped(_:to:)`.
    public var compactText: String {
        var output = ""
        write(to: &output, indent: nil, level: 0)
        return output
    }

    /// A pretty form for display: two-space indentation, `"key": value`, empty containers as `[]`/`{}`.
    /// Control characters are escaped, so the text is safe to draw on a terminal.
    public var prettyText: String {
        var output = ""
        write(to: &output, indent: "  ", level: 0)
        return output
    }

    private func write(to output: inout String, indent: String?, level: Int) {
        switch self {
        case .null:
            output += "null"
        case .bool(let bool):
            output += bool ? "true" : "false"
        case .number(let number):
            output += number.literal
        case .string(let string):
            JSONValue.appendEscaped(string, to: &output)
        case .array(let array):
            guard !array.isEmpty else {
                output += "[]"
                return
            }
            output += "["
            for (position, element) in array.enumerated() {
                if position > 0 {
                    output += ","
                }
                JSONValue.appendNewline(to: &output, indent: indent, level: level + 1)
                element.write(to: &output, indent: indent, level: level + 1)
            }
            JSONValue.appendNewline(to: &output, indent: indent, level: level)
            output += "]"
        case .object(let object):
            guard !object.isEmpty else {
                output += "{}"
                return
            }
            output += "{"
            for (position, member) in object.elements.enumerated() {
                if position > 0 {
                    output += ","
                }
                JSONValue.appendNewline(to: &output, indent: indent, level: level + 1)
                JSONValue.appendEscaped(member.key, to: &output)
                output += indent == nil ? ":" : ": "
                member.value.write(to: &output, indent: indent, level: level + 1)
            }
            JSONValue.appendNewline(to: &output, indent: indent, level: level)
            output += "}"
        }
    }

    private static func appendNewline(to output: inout String, indent: String?, level: Int) {
        guard let indent else {
            return
        }
        output += "\n"
        for _ in 0..<level {
            output += indent
        }
    }

    /// Appends `string` as a quoted JSON string the way Newtonsoft does by default: `"` and `\` are
    /// backslash-escaped; `\b \t \n \f \r` use their short forms; every other character below U+0020 and
    /// U+0085, U+2028, U+2029 become `\u` plus four lower-case hex digits; everything else (including `/`
    /// and non-ASCII text) is written as is.
    static func appendEscaped(_ string: String, to output: inout String) {
        output += "\""
        if !mayNeedEscaping(string) {
            output += string
            output += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\u{08}": output += "\\b"
            case "\t": output += "\\t"
            case "\n": output += "\\n"
            case "\u{0C}": output += "\\f"
            case "\r": output += "\\r"
            case "\u{00}"..."\u{1F}", "\u{85}", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// A fast, conservative check on the UTF-8 bytes: `false` guarantees that no character needs escaping.
    /// Lead bytes 0xC2 and 0xE2 cover U+0085 and U+2028/U+2029 (and some harmless neighbours).
    private static func mayNeedEscaping(_ string: String) -> Bool {
        for byte in string.utf8 {
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xC2 || byte == 0xE2 {
                return true
            }
        }
        return false
    }
}
