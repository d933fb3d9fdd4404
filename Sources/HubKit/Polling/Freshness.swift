import Foundation

/// How fresh the data on screen is, and what the last ticks cost.
public struct Freshness: Hashable, Sendable {
    /// When the last successful tick finished.
    public var lastSuccess: Date?
    /// The error of the last failed tick, cleared by a success.
    public var lastError: String?
    /// The kind of problem of the last failed tick, cleared by a success.
    public var lastProblem: HubProblem?
    /// Failed ticks in a row.
    public var consecutiveFailures: Int = 0
    /// Instances received so far by a full listing in progress; `nil` when none is running.
    public var loadingCount: Int?
    /// Whether the first full listing has finished.
    public var initialLoadDone = false
    /// The last tick's report.
    public var lastTick: TickReport?
    /// While a tick is in flight, when the host last showed life: the tick's start, moved on by each page of a full
    /// listing; `nil` between ticks.
    public var waitingSince: Date?
    /// The host's gate while it holds ticks back after failures: why, and until when.
    public var backoff: HostBackoff?

    /// Creates the state before any tick.
    public init() {}

    /// Whether the data should be shown as stale (a tick failed since the last success).
    public var isStale: Bool { consecutiveFailures > 0 }

    /// The tick in flight at `now` when it has waited for the host past the slow-host threshold of
    /// `refreshInterval`; `nil` otherwise.
    public func slowHost(now: Date, refreshInterval: TimeInterval) -> SlowHost? {
        waitingSince.flatMap { SlowHost(waited: now.timeIntervalSince($0), refreshInterval: refreshInterval) }
    }

    /// What the header says after the freshness: the wait of a slow host, else the gate's countdown; `nil` for
    /// nothing.
    public func note(now: Date, refreshInterval: TimeInterval) -> String? {
        if let slow = slowHost(now: now, refreshInterval: refreshInterval) {
            return slow.text
        }
        guard waitingSince == nil, let backoff, backoff.retryAt > now else {
            return nil
        }
        return backoff.text(now: now)
    }
}
