/// Finds a `}` where an array's value belongs (`a = [}`, `a = [1, }`), which the configuration files must never hand
/// to TOMLKit: its parser (toml++) asserts on it instead of reporting an error, like the headers of
/// `TOMLHeaderCheck`. Found by the TOML fuzz targets.
enum TOMLEmptyValueCheck {
    /// The 1-based line of the first `}` whose previous byte other than blanks and line breaks is `[` or `,`, outside
    /// strings and comments; `nil` when there is none. Strings are followed by their quotes only (a lone quote inside
    /// a multi-line string can confuse it), which at worst refuses a file toml++ would read.
    static func firstEmptyValue(in text: String) -> Int? {
        var line = 1
        var quote: UInt8?
        var escaped = false
        var inComment = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                line += 1
                inComment = false
                continue
            }
            if let open = quote {
                if escaped {
                    escaped = false
                } else if open == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == open {
                    quote = nil
                    previous = byte
                }
                continue
            }
            switch byte {
            case _ where inComment, UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                continue
            case UInt8(ascii: "#"):
                inComment = true
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                quote = byte
            case UInt8(ascii: "}") where previous == UInt8(ascii: "[") || previous == UInt8(ascii: ","):
                return line
            default:
                previous = byte
            }
        }
        return nil
    }
}
