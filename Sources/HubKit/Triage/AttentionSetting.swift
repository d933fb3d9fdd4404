import Foundation

/// One setting of ``AttentionThresholds`` by the name the connections file (`[connections.NAME.attention]`) and
/// `--attention NAME=VALUE` use: what it means, what a value looks like, and how text sets it. Help, the file's
/// errors and the flag all read this one table.
public enum AttentionSetting: String, CaseIterable, Sendable {
    /// ``AttentionThresholds/pending``.
    case pending
    /// ``AttentionThresholds/stalledFactor``.
    case stalledFactor = "stalled-factor"
    /// ``AttentionThresholds/stalledFloor``.
    case stalledFloor = "stalled-floor"
    /// ``AttentionThresholds/suspended``.
    case suspended
    /// ``AttentionThresholds/burstCount``.
    case burstCount = "burst-count"
    /// ``AttentionThresholds/burstSpan``.
    case burstSpan = "burst-span"

    /// What kind of value a setting takes.
    public enum Kind: Sendable {
        /// A positive duration: `90s`, `5m`, `2h`, `1d`, `1h30m`.
        case duration
        /// A positive number: `3`, `2.5`.
        case factor
        /// A whole number of at least 2.
        case count
    }

    /// The kind of value the setting takes.
    public var kind: Kind {
        switch self {
        case .pending, .stalledFloor, .suspended, .burstSpan: .duration
        case .stalledFactor: .factor
        case .burstCount: .count
        }
    }

    /// The threshold a duration setting holds.
    private var duration: WritableKeyPath<AttentionThresholds, TimeInterval>? {
        switch self {
        case .pending: \.pending
        case .stalledFloor: \.stalledFloor
        case .suspended: \.suspended
        case .burstSpan: \.burstSpan
        case .stalledFactor, .burstCount: nil
        }
    }

    /// What the setting means, for help.
    public var meaning: String {
        switch self {
        case .pending: "a Pending instance older than this was never picked up by a worker"
        case .stalledFactor: "Running with no update for this many times its orchestrator's p95 is stalled"
        case .stalledFloor: "the least time without update that counts as stalled"
        case .suspended: "a Suspended instance suspended longer than this needs a human"
        case .burstCount: "this many failures of one cluster make a burst"
        case .burstSpan: "the span a burst fits in, ending at most this long ago"
        }
    }

    /// What a value must look like, for errors.
    public var expected: String {
        switch kind {
        case .duration: "a positive duration, like \"90s\", \"5m\", \"2h\", \"1d\" or \"1h30m\""
        case .factor: "a positive number, like 3 or 2.5"
        case .count: "a whole number of at least 2"
        }
    }

    /// The setting's value in `thresholds`, as text that ``set(_:in:)`` reads back (`5m`, `3`, `5`).
    public func text(in thresholds: AttentionThresholds) -> String {
        if let duration {
            return DurationText.format(thresholds[keyPath: duration])
        }
        guard self == .stalledFactor else {
            return String(thresholds.burstCount)
        }
        let factor = thresholds.stalledFactor
        return factor == factor.rounded() && abs(factor) < 1e15 ? String(Int(factor)) : String(factor)
    }

    /// Sets the setting in `thresholds` from text; `false`, changing nothing, when the text is not
    /// ``expected``.
    public func set(_ text: String, in thresholds: inout AttentionThresholds) -> Bool {
        if let duration {
            guard let seconds = DurationText.parse(text) else {
                return false
            }
            thresholds[keyPath: duration] = seconds
        } else if self == .stalledFactor {
            guard let factor = Double(text), factor.isFinite, factor > 0 else {
                return false
            }
            thresholds.stalledFactor = factor
        } else {
            guard let count = Int(text), count >= 2 else {
                return false
            }
            thresholds.burstCount = count
        }
        return true
    }
}
