/// How a refresh tick ended, for the backoff of its host.
public enum TickOutcome: Hashable, Sendable {
    /// Every request of the tick was answered.
    case succeeded
    /// The tick failed with this problem; `retryAfter` is the wait a 429 or 503 answer asked for, if it did.
    case failed(HubProblem, retryAfter: Duration?)
}
