import TextSafety

extension JSONValue {
    /// The compact form with every scalar a terminal must not see (DEL, C1 controls, bidi overrides, besides the
    /// C0 controls the compact form already escapes) written as a `\u` escape, so the line is still the same JSON
    /// and safe to print on a terminal.
    public var terminalSafeText: String {
        var output = ""
        for scalar in compactText.unicodeScalars {
            if scalar.isTerminalUnsafe {
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
