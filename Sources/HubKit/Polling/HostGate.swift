import Foundation
import Synchronization

/// One endpoint host's backoff, shared by every hub of a session on that host (several task hubs of one app), so
/// a throttled or failing host is tried once per backoff step, not once per task hub.
///
/// Each hub's polling loop records how its ticks end and asks the gate before a tick that is not a manual refresh.
public final class HostGate: Sendable {
    private struct State {
        var backoff: Backoff
        var notice: HostBackoff?
        var random = SystemRandomNumberGenerator()
    }

    private let state: Mutex<State>

    /// Creates an open gate whose backoff starts at `base` (the refresh interval).
    public init(base: Duration) {
        self.state = Mutex(State(backoff: Backoff(base: base)))
    }

    /// Records how a tick against the host ended at `now`: a success opens the gate and resets the backoff; a
    /// failure closes it for the next backoff step. A failure while the gate is already closed (another hub's tick
    /// in flight when it closed, or a manual refresh) does not step the backoff again, but a `Retry-After` asking
    /// for longer is honoured.
    ///
    /// - Returns: Why and until when the gate now holds ticks back; `nil` when it is open.
    @discardableResult
    public func record(_ outcome: TickOutcome, now: Date) -> HostBackoff? {
        state.withLock { state in
            switch outcome {
            case .succeeded:
                state.backoff.succeeded()
                state.notice = nil
            case .failed(let problem, let retryAfter):
                let closedUntil = state.notice.map(\.retryAt).flatMap { $0 > now ? $0 : nil }
                if closedUntil != nil && retryAfter == nil {
                    state.notice?.problem = problem
                    break
                }
                let delay = state.backoff.failed(retryAfter: retryAfter, using: &state.random)
                let retryAt = max(closedUntil ?? now, now.addingTimeInterval(delay.timeInterval))
                state.notice = HostBackoff(problem: problem, retryAt: retryAt)
            }
            return state.notice
        }
    }

    /// Why and until when the gate holds ticks back at `now`; `nil` once the time has come (or nothing failed).
    public func notice(now: Date) -> HostBackoff? {
        state.withLock { state in
            state.notice.flatMap { $0.retryAt > now ? $0 : nil }
        }
    }

    /// How long until a tick may run, from `now`; zero when it may run at once.
    public func remaining(now: Date) -> Duration {
        guard let notice = notice(now: now) else {
            return .zero
        }
        return .seconds(notice.retryAt.timeIntervalSince(now))
    }
}
