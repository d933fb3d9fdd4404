import DurableAPI
import Synchronization

/// What a run's stop left to say, and the hard stop of its requests in flight.
///
/// A run stops sending when the task that runs it is cancelled (the soft stop: Esc in the progress panel,
/// quitting, SIGTERM or SIGHUP); requests already sent run on to their answer, so the audit log can say what the
/// host did. ``stop(because:)`` records why, for the progress and the log. ``abort()`` is the hard stop, when
/// waiting is no longer possible: the requests still in flight are cancelled and their rows end as
/// ``BulkProgress/RowState/unanswered``.
public final class RunControl: Sendable {
    private struct State {
        var reason: String?
        var requests: [Int: Task<Result<ActionSuccess, DurableAPIError>, Never>] = [:]
        var aborted = false
    }

    private let state = Mutex(State())

    /// Creates the control of one run.
    public init() {}

    /// Why the run was stopped, or `nil` while nobody said.
    public var reason: String? {
        state.withLock { $0.reason }
    }

    /// Records why the run is being stopped; the first reason given is the one kept.
    public func stop(because reason: String) {
        state.withLock { state in
            if state.reason == nil {
                state.reason = reason
            }
        }
    }

    /// Cancels every request still waiting for its answer (and any sent later).
    public func abort() {
        let requests = state.withLock { state -> [Task<Result<ActionSuccess, DurableAPIError>, Never>] in
            state.aborted = true
            return Array(state.requests.values)
        }
        for request in requests {
            request.cancel()
        }
    }

    /// Keeps a request in flight for row `index`, so ``abort()`` can cancel it.
    func track(_ request: Task<Result<ActionSuccess, DurableAPIError>, Never>, row index: Int) {
        let aborted = state.withLock { state -> Bool in
            state.requests[index] = request
            return state.aborted
        }
        if aborted {
            request.cancel()
        }
    }

    /// Forgets a request that answered.
    func untrack(row index: Int) {
        _ = state.withLock { $0.requests.removeValue(forKey: index) }
    }
}
