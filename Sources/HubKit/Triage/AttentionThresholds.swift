import Foundation

/// When an instance needs a human: the limits of the attention queue. Per connection in the connections file
/// (`[connections.NAME.attention]`) and by command-line flag.
public struct AttentionThresholds: Hashable, Sendable {
    /// A Pending instance older than this was never picked up by a worker. Default 5 minutes.
    public var pending: TimeInterval
    /// A Running or ContinuedAsNew instance is stalled when it has had no update for longer than this many times
    /// the p95 duration of its orchestrator's completed runs in the window. Default 3.
    public var stalledFactor: Double
    /// The least time without update that counts as stalled, and the limit when the orchestrator has no completed
    /// run in the window. Default 15 minutes.
    public var stalledFloor: TimeInterval
    /// A Suspended instance suspended (last updated) longer ago than this. Default 1 hour.
    public var suspended: TimeInterval
    /// The least number of failures of one cluster within ``burstSpan`` that make a burst. Default 5.
    public var burstCount: Int
    /// The span a burst fits in; its newest failure must also be at most this long ago. Default 10 minutes.
    public var burstSpan: TimeInterval

    /// The defaults: pending 5m, stalled max(15m, 3 × p95), suspended 1h, burst 5 failures in 10m.
    public static let standard = AttentionThresholds(
        pending: 300,
        stalledFactor: 3,
        stalledFloor: 900,
        suspended: 3_600,
        burstCount: 5,
        burstSpan: 600
    )

    /// How long a running instance of an orchestrator whose completed runs have this p95 may go without update:
    /// `max(stalledFloor, stalledFactor × p95)`, or the floor alone without a p95.
    public func stalledLimit(p95: TimeInterval?) -> TimeInterval {
        guard let p95 else {
            return stalledFloor
        }
        return max(stalledFloor, stalledFactor * p95)
    }
}
