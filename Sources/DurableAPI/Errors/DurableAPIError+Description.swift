extension DurableAPIError: CustomStringConvertible {
    /// One line for a status bar: what happened and, where it helps, what to check. Redacted and free of control
    /// characters.
    public var description: String {
        let text: String
        switch self {
        case .notFound(let what):
            text = "not found: \(what)"
        case .gone(let what):
            text = "already finished: \(what)"
        case .unauthorized:
            text = "401 unauthorized: the host key is missing or wrong (use the durabletask_extension system key)"
        case .forbidden:
            text =
                "403 forbidden: the key is valid but not allowed here (use the durabletask_extension system key "
                + "or the master key, not a function key)"
        case .hostError(let status, let message):
            text = "host error \(status): \(message)"
        case .unexpectedStatus(let status, let detail):
            text = detail.isEmpty ? "unexpected HTTP \(status)" : "unexpected HTTP \(status): \(detail)"
        case .invalidResponse(let path, let reason):
            text = "invalid response from host at \(path): \(reason)"
        case .continuationLoop:
            text = "the host repeated a continuation token; stopped paging to avoid an endless loop"
        case .foreignLocation(let location):
            text = "refusing to follow a Location on another host: \(location)"
        case .transport(let error):
            text = error.description
        }
        return HostText.sanitized(Redaction.standard.apply(text))
    }
}
