import TextSafety

/// Makes text from the host safe for one terminal line.
public enum HostText {
    /// Replaces control characters (C0, DEL, C1, including ESC, and bidi overrides) and line breaks with a space
    /// (a run of them becomes one space), trims the ends, and shortens the text to `limit` characters with `…`.
    /// Ordinary spaces are kept, so column padding survives.
    public static func sanitized(_ text: String, limit: Int = 500) -> String {
        var output = ""
        var lastWasReplaced = false
        for scalar in text.unicodeScalars {
            if scalar.isTerminalUnsafe {
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
