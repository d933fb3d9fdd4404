import Foundation

/// A tick that has waited for its host past the threshold: longer than twice the refresh interval (at least 3 s)
/// it is named in the header, longer than three times (at least 4.5 s) the data on screen counts as stale.
public struct SlowHost: Hashable, Sendable {
    /// How long the tick has waited, in seconds.
    public var waited: TimeInterval
    /// Whether it has waited past the stale threshold.
    public var isStale: Bool

    /// The wait after which a tick is named slow: `max(2 × refreshInterval, 3 s)`.
    public static func waitingThreshold(refreshInterval: TimeInterval) -> TimeInterval {
        max(2 * refreshInterval, 3)
    }

    /// The wait after which the data counts as stale: `max(3 × refreshInterval, 4.5 s)`.
    public static func staleThreshold(refreshInterval: TimeInterval) -> TimeInterval {
        max(3 * refreshInterval, 4.5)
    }

    /// A tick that waited `waited` seconds at `refreshInterval`; `nil` while it is not past the waiting threshold.
    public init?(waited: TimeInterval, refreshInterval: TimeInterval) {
        guard waited > Self.waitingThreshold(refreshInterval: refreshInterval) else {
            return nil
        }
        self.waited = waited
        self.isStale = waited > Self.staleThreshold(refreshInterval: refreshInterval)
    }

    /// `waiting for host 16s`, in whole seconds.
    public var text: String {
        "waiting for host \(Int(waited))s"
    }
}
