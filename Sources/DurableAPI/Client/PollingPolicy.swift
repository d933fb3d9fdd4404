import Foundation

/// How long to wait between polls of a 202 `Location` (§5.2): the host's `Retry-After`, clamped.
public struct PollingPolicy: Sendable, Hashable {
    /// The wait when `Retry-After` is missing, unreadable, or a date already past (see ``RetryAfter``).
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

    /// The wait for a `Retry-After` header value (seconds, or an HTTP-date as of `now`).
    public func delay(retryAfter: String?, now: Date = Date()) -> Duration {
        guard let asked = RetryAfter.delay(retryAfter, now: now) else {
            return defaultDelay
        }
        if asked < minimumDelay {
            return minimumDelay
        }
        if asked > maximumDelay {
            return maximumDelay
        }
        return asked
    }
}
