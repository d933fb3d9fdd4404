/// Makes text from the host safe for one terminal line.
public enum HostText {
    /// Replaces control characters (C0, DEL, C1, including ESC, and bidi overrides) and line breaks with a space
    /// (a run of them becomes one space), trims the ends, and shortens the text to `limit` characters with `…`.
    /// Ordinary spaces are kept, so column padding survives.
    public static func sanitized(_ text: String, limit: Int = 500) -> String {
        var output = ""
        var lastWasReplaced = false
        for scalar in text.unicodeScalars {
            let isControl =
                scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
                || scalar == "\u{2028}" || scalar == "\u{2029}"
            if isControl {
                if !lastWasReplaced {
                    output.unicodeScalars.append(" ")
                }
                lastWasReplaced = true
            } else {
                output.unicodeScalars.append(scalar)
                lastWasReplaced = false
            }
        }
        while output.hasSuffix(" ") {
            output.removeLast()
        }
        while output.hasPrefix(" ") {
            output.removeFirst()
        }
        if output.count > limit {
            output = String(output.prefix(max(0, limit - 1))) + "…"
        }
        return output
    }
}
