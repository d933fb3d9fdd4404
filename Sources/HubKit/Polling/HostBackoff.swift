import Foundation

/// A host's gate holding ticks back: why, and when the next tick may run.
public struct HostBackoff: Hashable, Sendable {
    /// The problem of the failure that closed the gate.
    public var problem: HubProblem
    /// When the next tick may run.
    public var retryAt: Date

    /// Creates a notice.
    public init(problem: HubProblem, retryAt: Date) {
        self.problem = problem
        self.retryAt = retryAt
    }

    /// `throttled by host, retry in 8s`: the problem's ``HubProblem/phrase`` and the whole seconds left, rounded up.
    public func text(now: Date) -> String {
        "\(problem.phrase), retry in \(Self.secondsLeft(until: retryAt, now: now))"
    }

    /// `8s`: the whole seconds from `now` to `retryAt`, rounded up, at least one.
    public static func secondsLeft(until retryAt: Date, now: Date) -> String {
        "\(max(1, Int(retryAt.timeIntervalSince(now).rounded(.up))))s"
    }
}
