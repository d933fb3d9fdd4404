import Glibc

/// Why a terminal session ended.
public enum SessionEnd: Hashable, Sendable {
    /// The application asked to quit.
    case quit
    /// A terminating signal arrived (interrupt, terminate, hang-up, quit).
    case signal(Int32)
    /// The terminal went away (the SSH link dropped): standard input hung up.
    case hangup

    /// The signal the process should end with once the caller has finished its own shutdown, if any (SIGHUP for a
    /// terminal that hung up).
    public var signalNumber: Int32? {
        switch self {
        case .quit: nil
        case .signal(let signalNumber): signalNumber
        case .hangup: SIGHUP
        }
    }

    /// How the end reads in a log line (`SIGTERM`, `terminal hung up`, `quit`).
    public var description: String {
        switch self {
        case .quit: "quit"
        case .hangup: "terminal hung up (SIGHUP)"
        case .signal(SIGINT): "SIGINT"
        case .signal(SIGTERM): "SIGTERM"
        case .signal(SIGHUP): "SIGHUP"
        case .signal(SIGQUIT): "SIGQUIT"
        case .signal(let signalNumber): "signal \(signalNumber)"
        }
    }
}
