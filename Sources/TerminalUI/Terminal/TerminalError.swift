/// Why the terminal could not be taken over; reported plainly before any screen is drawn.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, or `ssh` without `-t`).
    case notATerminal
    /// curses knows no usable description of the terminal type in `TERM`.
    case unknownTerminalType(String)
    /// The terminal type in `TERM` cannot address the cursor (for example `dumb`), so no screen can be drawn.
    case incapableTerminal(String)
    /// The operating system refused a resource the event loop needs (a pipe).
    case systemCall(String, errno: Int32)

    /// A one-line explanation with a hint.
    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal (with ssh, use 'ssh -t')"
        case .unknownTerminalType(let type) where type.isEmpty:
            "TERM is not set; try TERM=xterm-256color"
        case .unknownTerminalType(let type):
            "the terminal type '\(type)' is unknown here; try TERM=xterm-256color"
        case .incapableTerminal(let type):
            "the terminal type '\(type)' cannot move the cursor; try TERM=xterm-256color"
        case .systemCall(let call, let number):
            "\(call) failed (errno \(number))"
        }
    }
}
