/// Why `durabletop` could not start watching; printed plainly (and redacted) before any screen is drawn.
enum WatchError: Error, CustomStringConvertible {
    /// `--key-file` names a file that cannot be read.
    case unreadableKeyFile(String)
    /// `--key-file` names an empty file.
    case emptyKeyFile(String)
    /// The simulated host for `--demo` did not start.
    case demoFailed(String)

    /// A one-line message.
    var description: String {
        switch self {
        case .unreadableKeyFile(let path):
            "cannot read the key file \(path)"
        case .emptyKeyFile(let path):
            "the key file \(path) is empty"
        case .demoFailed(let reason):
            "the demo host did not start: \(reason)"
        }
    }
}
