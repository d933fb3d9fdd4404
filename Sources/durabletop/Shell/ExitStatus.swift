import ArgumentParser
import DurableAPI

/// The exit codes of the shell commands, documented in `--help` and the README so scripts can branch on them.
enum ExitStatus: Int32, CaseIterable {
    /// Success; for `wait`, `start --wait` and `show`, the instance Completed (or is still running for `show`).
    case success = 0
    /// The instance Failed.
    case failed = 2
    /// The instance was Terminated or Canceled.
    case terminated = 3
    /// `wait` gave up at `--timeout` while the instance still ran.
    case timedOut = 4
    /// The instance or entity does not exist (or was purged).
    case notFound = 5
    /// The host is unreachable, refused the key, or answered with an error.
    case hostError = 6
    /// Refused before anything was sent: read-only, or a bulk change without `--yes`.
    case refused = 7
    /// The command line is wrong.
    case usage = 64

    /// What the code means, for help and the README.
    var meaning: String {
        switch self {
        case .success: "success; the instance Completed (or, for show, is still running)"
        case .failed: "the instance Failed"
        case .terminated: "the instance was Terminated or Canceled"
        case .timedOut: "wait timed out while the instance still ran"
        case .notFound: "no such instance or entity (or it was purged)"
        case .hostError: "host unreachable, key refused, or host error"
        case .refused: "refused before sending: read-only, or --yes missing"
        case .usage: "usage error"
        }
    }

    /// The code a finished (or still running) instance ends a command with.
    init(outcome status: RuntimeStatus) {
        switch status {
        case .failed: self = .failed
        case .terminated, .canceled: self = .terminated
        default: self = .success
        }
    }

    /// The code a failed host call ends a command with.
    init(error: DurableAPIError) {
        switch error {
        case .notFound: self = .notFound
        default: self = .hostError
        }
    }

    /// The argument parser's exit for this code.
    var exitCode: ExitCode { ExitCode(rawValue) }

    /// The exit codes as help text, one a line.
    static var helpText: String {
        allCases.map { "  \($0.rawValue)  \($0.meaning)" }.joined(separator: "\n")
    }
}
