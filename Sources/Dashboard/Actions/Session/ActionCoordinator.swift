import DurableAPI
import Synchronization

/// Runs action effects off the terminal's thread: plans through a ``BulkRunner``, dry runs through the
/// executor; every report goes to `deliver`. One plan runs at a time; ``ActionEffect/cancelRun`` cancels it.
public final class ActionCoordinator: Sendable {
    private let runner: BulkRunner
    private let executor: any ActionExecutor
    private let audit: AuditTrail?
    private let current = Mutex<Task<Void, Never>?>(nil)

    /// Creates a coordinator; it needs a ``MutationPermit``, so read-only sessions cannot make one.
    public init(
        executor: any ActionExecutor,
        permit: MutationPermit,
        audit: AuditTrail?,
        maxConcurrent: Int = 4,
        pacing: Duration = .milliseconds(50)
    ) {
        self.executor = executor
        self.audit = audit
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
            let runner = self.runner
            let audit = self.audit
            let task = Task {
                _ = await runner.run(plan) { progress in deliver(.progress(progress)) }
                if let failure = audit?.failure {
                    deliver(.auditFailed(failure.description))
                }
            }
            current.withLock { $0 = task }
        case .dryRun(let filter):
            let executor = self.executor
            Task {
                do throws(DurableAPIError) {
                    deliver(.dryRunCounted(filter, count: try await executor.count(matching: filter)))
                } catch {
                    deliver(.dryRunFailed(filter, message: ActionFailure.message(for: error)))
                }
            }
        case .cancelRun:
            current.withLock { $0?.cancel() }
        }
    }

    /// Cancels any running plan (at shutdown).
    public func stop() {
        current.withLock { $0?.cancel() }
    }
}
