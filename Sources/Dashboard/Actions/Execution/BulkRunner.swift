import DurableAPI

/// Runs a confirmed plan: every target through an ``ActionExecutor``, a few at a time and paced, reporting
/// progress after every change, and appending the outcome to the audit log.
///
/// Cancelling the task that runs ``run(_:onProgress:)`` stops new requests; rows not sent yet end as cancelled.
public struct BulkRunner: Sendable {
    /// How many requests may be in flight at once (at least 1).
    public let maxConcurrent: Int
    /// The pause between starting two requests, so a large marked set does not flood the host.
    public let pacing: Duration
    private let executor: any ActionExecutor
    private let sleeper: any Sleeper
    private let audit: AuditTrail?

    /// Creates a runner; it needs a ``MutationPermit``, which read-only sessions never get.
    public init(
        executor: any ActionExecutor,
        permit: MutationPermit,
        maxConcurrent: Int = 4,
        pacing: Duration = .milliseconds(50),
        sleeper: any Sleeper = TaskSleeper(),
        audit: AuditTrail? = nil
    ) {
        self.executor = executor
        self.maxConcurrent = max(1, maxConcurrent)
        self.pacing = pacing
        self.sleeper = sleeper
        self.audit = audit
    }

    /// Runs `plan` and returns its final progress; `onProgress` sees every intermediate state.
    public func run(_ plan: ActionPlan, onProgress: @Sendable (BulkProgress) -> Void = { _ in }) async -> BulkProgress {
        var progress = BulkProgress(plan: plan)
        onProgress(progress)
        let executor = self.executor
        await withTaskGroup(of: (Int, BulkProgress.RowState).self) { group in
            var inFlight = 0
            for index in progress.rows.indices {
                if Task.isCancelled {
                    break
                }
                if inFlight == maxConcurrent, let (done, state) = await group.next() {
                    inFlight -= 1
                    progress.set(done, state)
                    onProgress(progress)
                }
                if index > 0, pacing > .zero {
                    do {
                        try await sleeper.sleep(for: pacing)
                    } catch {
                        break
                    }
                }
                let target = progress.rows[index].target
                progress.set(index, .running)
                onProgress(progress)
                inFlight += 1
                group.addTask {
                    do throws(DurableAPIError) {
                        return (index, .done(try await executor.perform(plan.request, on: target)))
                    } catch {
                        return (index, .failed(ActionFailure.message(for: error)))
                    }
                }
            }
            for await (done, state) in group {
                progress.set(done, state)
                onProgress(progress)
            }
        }
        progress.finish()
        audit?.record(progress)
        onProgress(progress)
        return progress
    }
}
