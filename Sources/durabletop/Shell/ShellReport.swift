import DurableAPI
import Foundation

/// How shell commands speak: results on stdout, everything else on stderr, every host value sanitized and every
/// secret masked.
enum ShellReport {
    /// Whether stdout is a terminal (tables align there, and are tab-separated when piped).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether stderr is a terminal (live progress lines go there only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Writes `text` and a newline to stdout. When the reader has gone (`| head`), the command ends quietly, as
    /// shell tools do.
    static func out(_ text: String) {
        var bytes = Array((text + "\n").utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR {
                continue
            }
            guard written > 0 else {
                exit(0)
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Writes `durabletop COMMAND: message` to stderr, masked and sanitized.
    static func problem(_ command: String, _ message: String) {
        let clean = HostText.sanitized(Redaction.standard.apply(message), limit: 2_000)
        FileHandle.standardError.write(Data("durabletop \(command): \(clean)\n".utf8))
    }

    /// A JSON value on one line, secrets masked; JSON escapes every control character.
    static func jsonLine(_ value: JSONValue) -> String {
        Redaction.standard.apply(value).terminalSafeText
    }

    /// Reports a failure and gives the exit code it maps to: a host call's failure by its kind, a bad URL, key
    /// file or connections file as a usage error.
    static func failure(_ command: String, _ error: any Error) -> ExitStatus {
        problem(command, String(describing: error))
        if let error = error as? DurableAPIError {
            return ExitStatus(error: error)
        }
        return .usage
    }
}
