/// How long to wait between polls of a 202 `Location` (§5.2): the host's `Retry-After` seconds, clamped.
public struct PollingPolicy: Sendable, Hashable {
    /// The wait when `Retry-After` is missing or not a whole number of seconds (an HTTP date is not honoured).
    public var defaultDelay: Duration
    /// The shortest wait, so a `Retry-After: 0` cannot turn into a busy loop.
    public var minimumDelay: Duration
    /// The longest wait, whatever the host asks.
    public var maximumDelay: Duration
    /// The most polls before giving up with ``DurableAPIError/hostError(status:message:)``; nil polls forever.
    public var maximumPolls: Int?

    /// Creates a policy; the defaults are 5 s, 1 s, 60 s and no poll limit.
    public init(
        defaultDelay: Duration = .seconds(5),
        minimumDelay: Duration = .seconds(1),
        maximumDelay: Duration = .seconds(60),
        maximumPolls: Int? = nil
    ) {
        self.defaultDelay = defaultDelay
        self.minimumDelay = minimumDelay
        self.maximumDelay = maximumDelay
        self.maximumPolls = maximumPolls
    }

    /// The wait for a `Retry-After` header value.
    public func delay(retryAfter: String?) -> Duration {
        guard let text = retryAfter?.trimmingWhitespace(), let seconds = Int(text), seconds >= 0 else {
            return defaultDelay
        }
        let asked = Duration.seconds(seconds)
        if asked < minimumDelay {
            return minimumDelay
        }
        if asked > maximumDelay {
            return maximumDelay
        }
        return asked
    }
}
