/// Why `durabletop` could not start watching; printed plainly (and redacted) before any screen is drawn.
enum WatchError: Error, CustomStringConvertible {
    /// The simulated host for `--demo` did not start.
    case demoFailed(String)

    /// A one-line message.
    var description: String {
        switch self {
        case .demoFailed(let reason):
            "the demo host did not start: \(reason)"
        }
    }
}
