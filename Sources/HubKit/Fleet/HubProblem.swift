import DurableAPI

/// Why a hub's data could not be refreshed, in the few words an overview row has room for.
public enum HubProblem: Hashable, Sendable {
    /// No HTTP answer: the address does not answer, DNS fails, TLS fails, or the request timed out.
    case unreachable
    /// 401 or 403: the key is missing, wrong, or of too low a level.
    case keyRefused
    /// 429, or 503 (the host is overloaded or starting): it asks us to come back later.
    case throttled
    /// 404 on a listing: the task hub (or the whole management API) is not on this host.
    case notFound
    /// Any other error answer, or an answer of the wrong shape.
    case hostError

    /// The problem a failed call shows.
    public init(_ error: DurableAPIError) {
        switch error {
        case .transport:
            self = .unreachable
        case .unauthorized, .forbidden:
            self = .keyRefused
        case .hostError(let status, _) where status == 429 || status == 503:
            self = .throttled
        case .unexpectedStatus(let status, _) where status == 429 || status == 503:
            self = .throttled
        case .notFound:
            self = .notFound
        case .gone, .hostError, .unexpectedStatus, .invalidResponse, .continuationLoop, .foreignLocation:
            self = .hostError
        }
    }

    /// The words an overview row shows: `unreachable`, `key refused`, `throttled`, `not found`, `host error`.
    public var words: String {
        switch self {
        case .unreachable: "unreachable"
        case .keyRefused: "key refused"
        case .throttled: "throttled"
        case .notFound: "not found"
        case .hostError: "host error"
        }
    }

    /// The words a header shows while backing off: `throttled by host`, `host unreachable`, else ``words``.
    public var phrase: String {
        switch self {
        case .throttled: "throttled by host"
        case .unreachable: "host unreachable"
        case .keyRefused, .notFound, .hostError: words
        }
    }
}
