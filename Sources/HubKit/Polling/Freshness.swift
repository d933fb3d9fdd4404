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

    /// Creates the state before any tick.
    public init() {}

    /// Whether the data should be shown as stale (a tick failed since the last success).
    public var isStale: Bool { consecutiveFailures > 0 }
}
