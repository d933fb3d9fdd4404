import Synchronization

/// Wakes the polling loop early (refresh now, a new screen) without any timer spinning.
public final class WakeSignal: Sendable {
    /// Why the loop woke.
    public enum Reason: Int, Comparable, Sendable {
        /// The refresh interval passed.
        case timeout
        /// The screen needs data now.
        case demand
        /// The user asked for a refresh.
        case refresh

        /// Orders reasons by urgency: a refresh outranks a demand, which outranks a timeout.
        public static func < (lhs: Reason, rhs: Reason) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }

    private struct State {
        var pending: Reason?
        var waiter: CheckedContinuation<Reason, Never>?
    }

    private let state = Mutex(State())

    /// Creates a signal with nothing pending.
    public init() {}

    /// Wakes the waiter, or makes the next wait return at once.
    public func signal(_ reason: Reason) {
        let waiter = state.withLock { state -> CheckedContinuation<Reason, Never>? in
            guard let waiter = state.waiter else {
                if reason != .timeout {
                    state.pending = max(state.pending ?? reason, reason)
                }
                return nil
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume(returning: reason)
    }

    /// Waits until signalled or until the timeout passes, and says which.
    public func wait(timeout: Duration) async -> Reason {
        let timer = Task { [weak self] in
            try? await Task.sleep(for: timeout)
            if !Task.isCancelled {
                self?.signal(.timeout)
            }
        }
        let reason = await withCheckedContinuation { (continuation: CheckedContinuation<Reason, Never>) in
            let pending = state.withLock { state -> Reason? in
                if let pending = state.pending {
                    state.pending = nil
                    return pending
                }
                state.waiter = continuation
                return nil
            }
            if let pending {
                continuation.resume(returning: pending)
            }
        }
        timer.cancel()
        return reason
    }
}
