import Foundation

/// Why an instance is in the attention queue, with the facts its text needs.
public enum AttentionReason: Hashable, Sendable {
    /// Pending since it was created, longer than the threshold: no worker picked it up.
    case pending(createdAt: Date)
    /// Running or ContinuedAsNew with no update since `lastUpdate`, longer than its orchestrator's usual duration
    /// allows; `usualP95` is the p95 of the orchestrator's completed runs, `nil` when it had none.
    case stalled(lastUpdate: Date, usualP95: TimeInterval?)
    /// Suspended since `since` (its last update), longer than the threshold.
    case suspended(since: Date)
    /// Failed at `failedAt`, one of `count` failures of the cluster `message` within `span`.
    case burst(failedAt: Date, count: Int, span: TimeInterval, message: String)

    /// The time the reason counts from: creation, last update, suspension or failure.
    public var since: Date {
        switch self {
        case .pending(let date), .stalled(let date, _), .suspended(let date), .burst(let date, _, _, _): date
        }
    }

    /// The order of urgency of the kinds, most urgent first: a burst of failures (happening now), a Pending
    /// instance (no worker is taking work), a stalled one, a suspended one (someone chose to pause it).
    public var rank: Int {
        switch self {
        case .burst: 0
        case .pending: 1
        case .stalled: 2
        case .suspended: 3
        }
    }

    /// What an operator reads: `Pending 2h 05m, never started`, `no update for 3h 10m (usual p95 4m 12s)`,
    /// `Suspended for 5h`, `burst: 8 failures in 6m of "<message>"`.
    public func text(now: Date) -> String {
        let elapsed = DurationText.format(now.timeIntervalSince(since))
        switch self {
        case .pending:
            return "Pending \(elapsed), never started"
        case .stalled(_, let usualP95):
            let usual = usualP95.map { "usual p95 " + DurationText.format($0) } ?? "no completed run to compare"
            return "no update for \(elapsed) (\(usual))"
        case .suspended:
            return "Suspended for \(elapsed)"
        case .burst(_, let count, let span, let message):
            return "burst: \(count) failures in \(DurationText.format(span)) of \"\(message)\""
        }
    }
}
