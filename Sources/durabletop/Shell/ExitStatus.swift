import ArgumentParser
import DurableAPI
import HubKit

/// The exit codes of the shell commands, documented in `--help` and the README so scripts can branch on them;
/// what each case means is said once, in ``meaning``.
enum ExitStatus: Int32, CaseIterable, Error {
    case success = 0, failed = 2, terminated = 3, timedOut = 4, notFound = 5, hostError = 6, refused = 7, attention = 8,
        usage = 64

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
        case .attention: "status --all: a hub has instances that need attention"
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

    /// The code `status --all` ends with: a hub that could not be looked at, else a hub with instances needing
    /// attention, else success.
    init(overview summaries: [HubSummary]) {
        if summaries.contains(where: { $0.problem != nil }) {
            self = .hostError
        } else if summaries.contains(where: { $0.attention > 0 }) {
            self = .attention
        } else {
            self = .success
        }
    }

    /// The argument parser's exit for this code.
    var exitCode: ExitCode { ExitCode(rawValue) }

    /// Ends a command: returns on success, else throws the exit for this code.
    func end() throws {
        if self != .success {
            throw exitCode
        }
    }

    /// A command's help text followed by the exit codes, one a line.
    static func documented(_ text: String = "") -> String {
        let codes = allCases.map { "  \($0.rawValue)  \($0.meaning)" }.joined(separator: "\n")
        return (text.isEmpty ? "" : text + "\n\n") + "Exit codes:\n" + codes
    }
}
