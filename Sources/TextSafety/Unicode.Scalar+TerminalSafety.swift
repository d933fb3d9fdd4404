extension Unicode.Scalar {
    /// Whether the scalar must never reach a terminal as it is: a C0 control (ESC, BEL, CR, LF, …), DEL, a C1
    /// control (including the 8-bit CSI), a bidi override or isolate, or a line or paragraph separator.
    ///
    /// This is the one definition durabletop uses wherever text from the host, the user or a file could reach the
    /// terminal: host text in messages, the painter's last line of defence, display widths, the crash note.
    public var isTerminalUnsafe: Bool {
        switch value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }
}
