import DurableAPI

/// Host answers to a mutation, as messages an operator can act on.
public enum ActionFailure {
    /// The message of a 404: the target does not exist.
    public static let notFound = "not found, or already purged"

    /// One line saying why an action failed: 404 is "not found, or already purged", 410 "already finished",
    /// 409/412/500 carry the host's own message, 401/403 say the key was rejected, and transport failures say
    /// no answer arrived. Redacted and free of control characters.
    public static func message(for error: DurableAPIError) -> String {
        let text: String
        switch error {
        case .notFound:
            text = notFound
        case .gone:
            text = "already finished"
        case .unauthorized:
            text = "key rejected (401): the host key is missing or wrong"
        case .forbidden:
            text = "key rejected (403): use the durabletask_extension system key or the master key"
        case .hostError(let status, let message):
            text = "host answered \(status): \(message)"
        case .transport(let transportError):
            text = "no answer from the host: \(transportError.description)"
        case .unexpectedStatus, .invalidResponse, .continuationLoop, .foreignLocation:
            text = error.description
        }
        return HostText.sanitized(Redaction.standard.apply(text), limit: 200)
    }
}
