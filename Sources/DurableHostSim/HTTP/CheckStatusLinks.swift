import DurableAPI

/// Builds the §4.3 check-status payload from the request's authority, task hub and connection.
struct CheckStatusLinks: Sendable {
    /// `{scheme}://{authority}/runtime/webhooks/durabletask`.
    var base: String
    /// Task hub name.
    var taskHub: String
    /// Connection name.
    var connection: String
    /// The system key, when auth is on (appended as `code=`).
    var key: String?

    /// Creates links for a request that arrived with `authority` (the `Host` header).
    init(authority: String, taskHub: String, connection: String, key: String?) {
        let host = authority.lowercased()
        let plain = host.hasPrefix("localhost:") || host.hasPrefix("127.") || host.hasPrefix("[::1]")
        self.base = (plain ? "http://" : "https://") + authority + "/runtime/webhooks/durabletask"
        self.taskHub = taskHub
        self.connection = connection
        self.key = key
    }

    /// The check-status payload for `instanceId`, keys in the host's order.
    func payload(instanceId: String, returnInternalServerErrorOnFailure: Bool) -> JSONValue {
        let prefix = base + "/instances/" + CheckStatusLinks.urlEncode(instanceId)
        var suffix =
            "taskHub=\(CheckStatusLinks.urlEncode(taskHub))&connection=\(CheckStatusLinks.urlEncode(connection))"
        if let key {
            suffix += "&code=" + CheckStatusLinks.urlEncode(key)
        }
        var status = "\(prefix)?\(suffix)"
        if returnInternalServerErrorOnFailure {
            status += "&returnInternalServerErrorOnFailure=true"
        }
        return CheckStatusPayload(
            id: instanceId,
            statusQueryGetUri: status,
            sendEventPostUri: "\(prefix)/raiseEvent/{eventName}?\(suffix)",
            terminatePostUri: "\(prefix)/terminate?reason={text}&\(suffix)",
            purgeHistoryDeleteUri: "\(prefix)?\(suffix)",
            restartPostUri: "\(prefix)/restart?\(suffix)",
            suspendPostUri: "\(prefix)/suspend?reason={text}&\(suffix)",
            resumePostUri: "\(prefix)/resume?reason={text}&\(suffix)"
        ).json
    }

    /// .NET `WebUtility.UrlEncode`: space → `+`, letters, digits and `-_.!*()` kept, everything else `%XX`.
    static func urlEncode(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                output += "+"
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return output
    }
}
