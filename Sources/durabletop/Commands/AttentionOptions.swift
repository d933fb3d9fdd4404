import ArgumentParser
import HubKit

/// The attention thresholds on the command line; each flag given overrides the connection's value (or the
/// default).
struct AttentionOptions: ParsableArguments {
    private static let standard = AttentionThresholds.standard

    @Option(
        name: .customLong("pending-after"),
        help: "A Pending instance older than this needs attention \(defaultText(standard.pending))."
    )
    var pending: ShellDuration?

    @Option(
        name: .customLong("stalled-factor"),
        help:
            "Running with no update for this many times its orchestrator's p95 is stalled (default \(standard.stalledFactor.formatted()))."
    )
    var stalledFactor: Double?

    @Option(
        name: .customLong("stalled-floor"),
        help: "The least time without update that counts as stalled \(defaultText(standard.stalledFloor))."
    )
    var stalledFloor: ShellDuration?

    @Option(
        name: .customLong("suspended-after"),
        help: "A Suspended instance suspended longer than this needs attention \(defaultText(standard.suspended))."
    )
    var suspended: ShellDuration?

    @Option(
        name: .customLong("burst-count"),
        help: "This many failures of one cluster make a burst (default \(standard.burstCount))."
    )
    var burstCount: Int?

    @Option(
        name: .customLong("burst-span"),
        help: "The span a burst fits in, ending now at most \(defaultText(standard.burstSpan))."
    )
    var burstSpan: ShellDuration?

    /// `(default 5m)` for a default duration.
    private static func defaultText(_ seconds: Double) -> String {
        "(default \(DurationText.format(seconds)))"
    }

    func validate() throws {
        if let stalledFactor, !(stalledFactor > 0 && stalledFactor.isFinite) {
            throw ValidationError("--stalled-factor must be a positive number.")
        }
        if let burstCount, burstCount < 2 {
            throw ValidationError("--burst-count must be at least 2.")
        }
    }

    /// `base` (a connection's thresholds, or the defaults) with every flag given applied.
    func thresholds(over base: AttentionThresholds) -> AttentionThresholds {
        var thresholds = base
        thresholds.pending = pending?.seconds ?? base.pending
        thresholds.stalledFactor = stalledFactor ?? base.stalledFactor
        thresholds.stalledFloor = stalledFloor?.seconds ?? base.stalledFloor
        thresholds.suspended = suspended?.seconds ?? base.suspended
        thresholds.burstCount = burstCount ?? base.burstCount
        thresholds.burstSpan = burstSpan?.seconds ?? base.burstSpan
        return thresholds
    }
}
