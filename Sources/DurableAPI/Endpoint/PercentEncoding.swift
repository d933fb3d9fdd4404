/// Percent-encoding for the pieces of a management API URL.
///
/// Path segments keep the RFC 3986 unreserved characters (`A–Z a–z 0–9 - . _ ~`) and `:` and `@`, which a path
/// segment may hold as they are: hosts before extension PR #3044 route the still-encoded path, so a
/// sub-orchestration's `<parent>:<n>` or an entity's `@name@key` sent as `%3A`/`%40` would not be found there.
/// Everything else, including space, `/`, `+` and non-ASCII text (as UTF-8), becomes `%XX`. Query values keep the unreserved set plus `:`
/// and `,` (readable dates and status lists); `+`, `&`, `=`, `#` and space are always encoded, because the host
/// form-decodes query values and would read a raw `+` as a space.
public enum PercentEncoding {
    /// Encodes one path segment (instance id, event name, entity name or key).
    public static func encodePathSegment(_ text: String) -> String {
        encode(text, extraAllowed: [UInt8(ascii: ":"), UInt8(ascii: "@")])
    }

    /// Encodes one query value (or name).
    public static func encodeQueryValue(_ text: String) -> String {
        encode(text, extraAllowed: [UInt8(ascii: ":"), UInt8(ascii: ",")])
    }

    /// Decodes `%XX` escapes; with `plusAsSpace` a `+` becomes a space (form decoding). Invalid escapes stay as
    /// written, and bytes that are not valid UTF-8 become U+FFFD.
    public static func decode(_ text: String, plusAsSpace: Bool) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else if byte == UInt8(ascii: "+"), plusAsSpace {
                output.append(UInt8(ascii: " "))
                index += 1
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func encode(_ text: String, extraAllowed: Set<UInt8>) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for byte in text.utf8 {
            if isUnreserved(byte) || extraAllowed.contains(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"):
            return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"):
            return byte - UInt8(ascii: "A") + 10
        default:
            return nil
        }
    }
}
