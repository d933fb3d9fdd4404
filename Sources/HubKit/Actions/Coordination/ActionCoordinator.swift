import DurableAPI
import Synchronization

/// Runs action effects off the terminal's thread: plans through a ``BulkRunner``, dry runs through the
/// executor; every report goes to `deliver`. One plan runs at a time; ``ActionEffect/cancelRun`` stops it.
public final class ActionCoordinator: Sendable {
    /// The plan running now, or the last one.
    private struct Current {
        var task: Task<Void, Never>
        var control: RunControl
        var progress: BulkProgress
        var isFinished = false
    }

    private let runner: BulkRunner
    private let executor: any ActionExecutor
    private let audit: AuditTrail?
    private let observer: @Sendable (BulkProgress) -> Void
    private let current = Mutex<Current?>(nil)

    /// Creates a coordinator; it needs a ``MutationPermit``, so read-only sessions cannot make one.
    ///
    /// `observer` sees every progress of every run before the dashboard does (the executable keeps its crash
    /// note up to date with it).
    public init(
        executor: any ActionExecutor,
        permit: MutationPermit,
        audit: AuditTrail?,
        maxConcurrent: Int = 4,
        pacing: Duration = .milliseconds(50),
        observer: @escaping @Sendable (BulkProgress) -> Void = { _ in }
    ) {
        self.executor = executor
        self.audit = audit
        self.observer = observer
        self.runner = BulkRunner(
            executor: executor,
            permit: permit,
            maxConcurrent: maxConcurrent,
            pacing: pacing,
            audit: audit
        )
    }

    /// Starts the work an effect asks for; returns at once.
    public func perform(_ effect: ActionEffect, deliver: @escaping @Sendable (ActionUpdate) -> Void) {
        switch effect {
        case .run(let plan):
            start(plan, deliver: deliver)
        case .dryRun(let filter):
            let executor = self.executor
            Task {
                do throws(DurableAPIError) {
                    let count = try await executor.count(matching: filter)
                    deliver(.dryRunCounted(filter, count: count))
                } catch {
                    deliver(.dryRunFailed(filter, message: ActionFailure.message(for: error)))
                }
            }
        case .cancelRun:
            stopRun(because: "cancelled by the operator")
        }
    }

    /// Stops sending the running plan's requests; those already sent still get their answer.
    public func stopRun(because reason: String) {
        let running = current.withLock { $0 }
        guard let running, !running.isFinished else {
            return
        }
        running.control.stop(because: reason)
        running.task.cancel()
    }

    /// Stops the running plan at shutdown: nothing new is sent, the requests already sent get up to `grace` to
    /// answer, and then are abandoned (their rows end as unanswered). Returns the run's last progress, or `nil`
    /// when no plan was running.
    public func shutdown(because reason: String, grace: Duration) async -> BulkProgress? {
        guard let running = current.withLock({ $0 }), !running.isFinished else {
            return nil
        }
        stopRun(because: reason)
        if await !waitForRun(within: grace) {
            running.control.abort()
            _ = await waitForRun(within: .seconds(2))
        }
        return current.withLock { $0?.progress }
    }

    /// Stops any running plan without waiting (when the process is going away regardless).
    public func stop() {
        stopRun(because: "durabletop stopped")
    }

    private func start(_ plan: ActionPlan, deliver: @escaping @Sendable (ActionUpdate) -> Void) {
        let control = RunControl()
        current.withLock { slot in
            let task = Task { [self] in
                _ = await runner.run(plan, control: control) { progress in
                    current.withLock { $0?.progress = progress }
                    observer(progress)
                    deliver(.progress(progress))
                }
                current.withLock { $0?.isFinished = true }
                if let failure = audit?.failure {
                    deliver(.auditFailed(failure.description))
                }
            }
            slot = Current(task: task, control: control, progress: BulkProgress(plan: plan))
        }
    }

    /// Waits until the current run has finished, or `limit` has passed; answers whether it finished.
    private func waitForRun(within limit: Duration) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while clock.now < deadline {
            if current.withLock({ $0?.isFinished ?? true }) {
                return true
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return current.withLock { $0?.isFinished ?? true }
    }
}
