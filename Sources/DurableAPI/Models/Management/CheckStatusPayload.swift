import Collections

/// The check-status payload (§4.3, §7): the management links returned by start/restart, by app code's
/// `CreateCheckStatusResponse`, and as `managementUrls` (`HttpManagementPayload`).
///
/// Decodes every known producer: the v2 built-in 8-key form, the 9-key `HttpManagementPayload` (with
/// `rewindPostUri`), v1 (no restart/suspend/resume), Python (9 keys) and .NET isolated (7 keys, camelCase by
/// its serializer; keys are matched case-insensitively in case a worker writes PascalCase). URLs are kept as
/// text because they contain literal placeholders (`{eventName}`, `{text}`, `{{text}}`) and `code=` secrets:
/// never print them without redaction.
public struct CheckStatusPayload: Sendable, Hashable {
    /// `id`: the instance ID.
    public var id: String
    /// `statusQueryGetUri` (every shape).
    public var statusQueryGetUri: String
    /// `sendEventPostUri` (every shape; contains the literal `{eventName}`).
    public var sendEventPostUri: String
    /// `terminatePostUri` (every shape; contains the literal `{text}`).
    public var terminatePostUri: String
    /// `rewindPostUri` (v1, `HttpManagementPayload`, Python).
    public var rewindPostUri: String?
    /// `purgeHistoryDeleteUri` (every shape).
    public var purgeHistoryDeleteUri: String
    /// `restartPostUri` (v2.4.0+ built-in, `HttpManagementPayload`, Python).
    public var restartPostUri: String?
    /// `suspendPostUri` (v2.8.0+).
    public var suspendPostUri: String?
    /// `resumePostUri` (v2.8.0+).
    public var resumePostUri: String?

    /// Creates a payload from its links.
    public init(
        id: String,
        statusQueryGetUri: String,
        sendEventPostUri: String,
        terminatePostUri: String,
        rewindPostUri: String? = nil,
        purgeHistoryDeleteUri: String,
        restartPostUri: String? = nil,
        suspendPostUri: String? = nil,
        resumePostUri: String? = nil
    ) {
        self.id = id
        self.statusQueryGetUri = statusQueryGetUri
        self.sendEventPostUri = sendEventPostUri
        self.terminatePostUri = terminatePostUri
        self.rewindPostUri = rewindPostUri
        self.purgeHistoryDeleteUri = purgeHistoryDeleteUri
        self.restartPostUri = restartPostUri
        self.suspendPostUri = suspendPostUri
        self.resumePostUri = resumePostUri
    }
}

extension CheckStatusPayload: JSONDecodable {
    /// Decodes any of the known shapes; unknown keys are ignored, key case is not significant.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path, caseInsensitiveKeys: true)
        self.init(
            id: try reader.string("id"),
            statusQueryGetUri: try reader.string("statusQueryGetUri"),
            sendEventPostUri: try reader.string("sendEventPostUri"),
            terminatePostUri: try reader.string("terminatePostUri"),
            rewindPostUri: try reader.optionalString("rewindPostUri"),
            purgeHistoryDeleteUri: try reader.string("purgeHistoryDeleteUri"),
            restartPostUri: try reader.optionalString("restartPostUri"),
            suspendPostUri: try reader.optionalString("suspendPostUri"),
            resumePostUri: try reader.optionalString("resumePostUri")
        )
    }
}

extension CheckStatusPayload: JSONEncodable {
    /// The host's key order (`id`, `statusQueryGetUri`, `sendEventPostUri`, `terminatePostUri`, `rewindPostUri`,
    /// `purgeHistoryDeleteUri`, `restartPostUri`, `suspendPostUri`, `resumePostUri`) with `nil` links left out:
    /// without `rewindPostUri` this is the v2 built-in 8-key body, with every link the 9-key
    /// `HttpManagementPayload`.
    public var json: JSONValue {
        let links: [(String, String?)] = [
            ("id", id),
            ("statusQueryGetUri", statusQueryGetUri),
            ("sendEventPostUri", sendEventPostUri),
            ("terminatePostUri", terminatePostUri),
            ("rewindPostUri", rewindPostUri),
            ("purgeHistoryDeleteUri", purgeHistoryDeleteUri),
            ("restartPostUri", restartPostUri),
            ("suspendPostUri", suspendPostUri),
            ("resumePostUri", resumePostUri),
        ]
        var object = OrderedDictionary<String, JSONValue>()
        for (key, link) in links {
            if let link {
                object[key] = .string(link)
            }
        }
        return .object(object)
    }
}

extension CheckStatusPayload: CustomStringConvertible {
    /// The compact JSON with every `code=` value masked, so printing or logging a payload never leaks the key.
    public var description: String {
        Redaction.standard.apply(json.compactText)
    }
}
