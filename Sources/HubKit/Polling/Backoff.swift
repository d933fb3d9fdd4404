/// How long to wait after failed ticks: the host's `Retry-After` when a throttled answer carried one (clamped),
/// else exponential backoff with jitter from ``base`` up to ``cap``; a success starts over.
///
/// A pure value: failures in, the next delay out, with the jitter drawn from the random source the caller passes.
public struct Backoff: Hashable, Sendable {
    /// The first step, near the refresh interval.
    public var base: Duration
    /// The longest exponential step.
    public var cap: Duration
    /// The range a host's `Retry-After` is clamped to, so `0` cannot busy-loop and a day cannot silence the host.
    public var retryAfterLimits: ClosedRange<Duration>
    /// Failed ticks in a row since the last success.
    public private(set) var failures = 0

    /// Creates a schedule; by default steps double up to 60 s and a `Retry-After` is held to 1 s … 10 min.
    public init(
        base: Duration,
        cap: Duration = .seconds(60),
        retryAfterLimits: ClosedRange<Duration> = .seconds(1) ... .seconds(600)
    ) {
        self.base = base
        self.cap = max(cap, base)
        self.retryAfterLimits = retryAfterLimits
    }

    /// The step before jitter after ``failures`` failures: `base · 2^(failures − 1)`, at most ``cap``; zero before any.
    public var step: Duration {
        guard failures > 0 else {
            return .zero
        }
        var step = base
        for _ in 1..<failures where step < cap {
            step *= 2
        }
        return min(step, cap)
    }

    /// Records a failure and says how long to wait before the next try: the host's `retryAfter`, clamped to
    /// ``retryAfterLimits``, when it asked; else the new ``step`` less a jitter of up to a quarter, drawn from
    /// `random`, so hubs and clients that failed together do not all come back at once.
    public mutating func failed(retryAfter: Duration?, using random: inout some RandomNumberGenerator) -> Duration {
        failures += 1
        if let retryAfter {
            return min(max(retryAfter, retryAfterLimits.lowerBound), retryAfterLimits.upperBound)
        }
        let unit = Double(random.next() >> 11) * 0x1p-53
        return step * (1 - unit / 4)
    }

    /// Records a success: the next failure waits ``base`` again.
    public mutating func succeeded() {
        failures = 0
    }
}
