/// Every way a management call can fail, each with a readable, redacted ``description``.
///
/// HTTP answers (404, 410, 401/403, host errors) are kept apart from ``transport(_:)`` failures, where no answer
/// arrived at all.
public enum DurableAPIError: Error, Sendable, Hashable {
    /// 404: the instance, entity or route does not exist (or a purge filter matched nothing where that matters).
    case notFound(String)
    /// 410: the instance already finished, so the operation cannot apply.
    case gone(String)
    /// 401: no key, or a key the host does not know.
    case unauthorized
    /// 403: a valid key of too low a level (a function or host key instead of the system/master key).
    case forbidden
    /// 400, 409, 412, 500, 501, 503: the host answered with an error; `message` is its (redacted) explanation.
    case hostError(status: Int, message: String)
    /// Any other status the endpoint does not define.
    case unexpectedStatus(Int, String)
    /// The host's body does not have the expected shape; `path` names where (`$[3].runtimeStatus`).
    case invalidResponse(path: String, reason: String)
    /// The host kept sending a continuation token it had already sent, so paging would never end.
    case continuationLoop
    /// A `Location` to follow points to another host than the endpoint's (the key is never sent there).
    case foreignLocation(String)
    /// No HTTP answer: connection, DNS, TLS, timeout, size cap or cancellation.
    case transport(TransportError)
}
