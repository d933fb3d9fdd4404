/// One input as ``InputReader`` reads it, before decoding.
enum RawInput: Hashable, Sendable {
    /// A character code (`OK`): printable text, or a control code such as 3 for Ctrl-C or 27 for Esc.
    case character(UInt32)
    /// A function-key code as curses decodes it: arrows, paging keys, F-keys, `KEY_RESIZE`, ...
    case keyCode(Int32)
}
