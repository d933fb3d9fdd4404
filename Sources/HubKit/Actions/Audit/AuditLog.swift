import Foundation

/// The local audit log: a JSON-lines file to which every mutation is appended.
public struct AuditLog: Hashable, Sendable {
    /// The file written.
    public let path: String

    /// Uses the file at `path`.
    public init(path: String) {
        self.path = path
    }

    /// `$XDG_STATE_HOME/durabletop/audit.jsonl`, or `~/.local/state/durabletop/audit.jsonl` without it
    /// (`HOME` from `environment`; `nil` when neither is set).
    public static func defaultPath(environment: [String: String]) -> String? {
        XDGDirectory.state.path(environment: environment).map { $0 + "/audit.jsonl" }
    }

    /// Appends one line (a newline is added), creating the directory (mode 0700) and the file (mode 0600) when
    /// missing. Lines are written with `O_APPEND`, so concurrent sessions do not overwrite each other.
    public func append(_ line: String) throws(AuditLogError) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory,
                    withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700]
                )
            } catch {
                throw AuditLogError(path: path, reason: "cannot create the directory")
            }
        }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw AuditLogError(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        let bytes = Array((line + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR {
                    continue
                }
                throw AuditLogError(path: path, reason: String(cString: strerror(errno)))
            }
            written += result
        }
    }
}

/// The audit log could not be written.
public struct AuditLogError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// Why.
    public var reason: String

    /// `audit log <path>: <reason>`.
    public var description: String {
        "audit log \(path): \(reason)"
    }
}
