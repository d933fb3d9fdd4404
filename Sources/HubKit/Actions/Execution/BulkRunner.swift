import DurableAPI

/// Runs a confirmed plan: every target through an ``ActionExecutor``, a few at a time and paced, reporting
/// progress after every change, and writing each step to the audit log as it happens.
///
/// The audit log gets the plan before anything is sent, each request just before it is sent, each answer as it
/// arrives, and the outcome of the whole run, so after any interruption the log says what was sent, what came
/// back and what is unknown. Cancelling the task that runs ``run(_:control:onProgress:)`` stops new requests:
/// those already sent still get their answer (unless ``RunControl/abort()`` cancels them), and rows never sent
/// end as cancelled.
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
    public func run(
        _ plan: ActionPlan,
        control: RunControl = RunControl(),
        onProgress: @Sendable (BulkProgress) -> Void = { _ in }
    ) async -> BulkProgress {
        var progress = BulkProgress(plan: plan)
        let journal = audit?.begin(plan)
        onProgress(progress)
        await withTaskGroup(of: (Int, BulkProgress.RowState).self) { group in
            var inFlight = 0
            for index in progress.rows.indices {
                if inFlight == maxConcurrent, let (answered, state) = await group.next() {
                    inFlight -= 1
                    progress.set(answered, state)
                    journal?.answered(progress.rows[answered], of: progress)
                    onProgress(progress)
                }
                if index > 0, pacing > .zero {
                    try? await sleeper.sleep(for: pacing)
                }
                if Task.isCancelled {
                    break
                }
                progress.set(index, .running)
                onProgress(progress)
                journal?.sent(progress.rows[index], of: progress)
                inFlight += 1
                let request = send(plan.request, on: progress.rows[index].target)
                control.track(request, row: index)
                group.addTask {
                    let result = await request.value
                    control.untrack(row: index)
                    switch result {
                    case .success(let success):
                        return (index, .done(success))
                    case .failure(.transport(.cancelled)):
                        return (index, .unanswered)
                    case .failure(let error):
                        return (index, .failed(ActionFailure.message(for: error)))
                    }
                }
            }
            for await (answered, state) in group {
                progress.set(answered, state)
                journal?.answered(progress.rows[answered], of: progress)
                onProgress(progress)
            }
        }
        progress.finish(stoppedBy: control.reason)
        journal?.finished(progress)
        onProgress(progress)
        return progress
    }

    /// Sends one request in a task of its own, so stopping the run does not cancel a request already sent.
    private func send(
        _ request: ActionRequest,
        on target: String?
    ) -> Task<
        Result<ActionSuccess, DurableAPIError>, Never
    > {
        let executor = self.executor
        return Task {
            do throws(DurableAPIError) {
                // The answer is bound before anything is built around it: optimised builds of Swift 6.3.1 lose a
                // value evaluated before an `await` in the same expression (an index became a pointer).
                let success = try await executor.perform(request, on: target)
                return .success(success)
            } catch {
                return .failure(error)
            }
        }
    }
}
