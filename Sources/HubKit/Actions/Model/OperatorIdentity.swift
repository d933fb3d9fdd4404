import Foundation

/// Who is at the keyboard, as `user@host`: the default reason of every dialog and a field of the audit log.
public enum OperatorIdentity {
    /// `USER` (or `LOGNAME`) from `environment`, `@`, and `hostName`; `unknown` stands in for a missing part.
    public static func userAtHost(environment: [String: String], hostName: String?) -> String {
        var user = environment["USER"] ?? ""
        if user.isEmpty {
            user = environment["LOGNAME"] ?? ""
        }
        let host = hostName ?? ""
        return (user.isEmpty ? "unknown" : user) + "@" + (host.isEmpty ? "unknown" : host)
    }

    /// `user@host` for this process, from its environment and `gethostname`.
    public static func current() -> String {
        userAtHost(environment: ProcessInfo.processInfo.environment, hostName: localHostName())
    }

    /// The machine's host name from `gethostname`, or `nil` when it fails.
    public static func localHostName() -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else {
            return nil
        }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
