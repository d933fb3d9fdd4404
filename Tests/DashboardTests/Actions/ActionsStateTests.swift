import DurableAPI
import Foundation
import Synchronization
import Testing

@testable import Dashboard
@testable import HubKit
@testable import ScreenKit

extension Result where Failure == ActionUnavailable {
    /// The flash message of a refusal, or `nil` when the dialog opened.
    fileprivate var failureDescription: String? {
        guard case .failure(let reason) = self else { return nil }
        return reason.description
    }
}

@Suite("Actions state")
struct ActionsStateTests {
    private let rows = [
        ActionCandidate(id: "a", status: .running),
        ActionCandidate(id: "b", status: .running),
    ]

    @Test("read-only refuses to open any dialog")
    func readOnly() {
        let actions = ActionsState()
        let opened = actions.dialog(
            .terminate,
            candidates: rows,
            permit: MutationPermit.granted(readOnly: true),
            operatorName: "o@h",
            createdFrom: fixedNow
        )
        #expect(opened == .failure(.readOnly(.terminate)))
        #expect(opened.failureDescription == "terminate: disabled in read-only mode")
    }

    @Test("a confirmed plan runs, its results are kept, and no second dialog opens meanwhile")
    func runFlow() throws {
        var actions = ActionsState()
        actions.markAll(["a", "b"])
        let running = actions.dialog(
            .purge,
            candidates: rows,
            permit: testPermit,
            operatorName: "o@h",
            createdFrom: fixedNow
        )
        #expect(running.failureDescription != nil)
        let done = [ActionCandidate(id: "a", status: .completed), ActionCandidate(id: "b", status: .failed)]
        var dialog = try actions.dialog(
            .purge,
            candidates: done,
            permit: testPermit,
            operatorName: "o@h",
            createdFrom: fixedNow
        ).get()
        var outcome = ActionDialog.Outcome.editing
        for key in [KeyEvent.tab, .character("2"), .tab, .enter] {
            outcome = dialog.handle(key)
        }
        let plan = ActionPlan(request: .purge, targets: ["a", "b"])
        #expect(outcome == .confirmed(plan))
        actions.begin(plan)
        #expect(actions.isRunning)
        let busy = actions.dialog(
            .purge,
            candidates: done,
            permit: testPermit,
            operatorName: "o@h",
            createdFrom: fixedNow
        )
        #expect(busy == .failure(.busy(.purge, running: .purge)))

        var progress = BulkProgress(plan: plan)
        progress.rows = [
            BulkProgress.Row(target: "a", state: .done(.purged(1))),
            BulkProgress.Row(target: "b", state: .failed("already finished")),
        ]
        actions.apply(.progress(progress))
        #expect(actions.results["b"] == "purge: failed: already finished")
        #expect(actions.isRunning)
    }

    @Test("the coordinator runs a plan and delivers every step to the end")
    func coordinator() async throws {
        let executor = RecordingExecutor(matching: 7)
        let coordinator = ActionCoordinator(executor: executor, permit: testPermit, audit: nil, pacing: .zero)
        let (stream, continuation) = AsyncStream<ActionUpdate>.makeStream()
        coordinator.perform(.run(ActionPlan(request: .resume(reason: ""), targets: ["a"]))) { continuation.yield($0) }
        var last: BulkProgress?
        for await update in stream {
            if case .progress(let progress) = update {
                last = progress
                if progress.isFinished {
                    break
                }
            }
        }
        #expect(last?.rows.first?.state == .done(.accepted))
        let filter = PurgeFilter(createdFrom: fixedNow)
        coordinator.perform(.dryRun(filter)) { continuation.yield($0) }
        for await update in stream {
            #expect(update == .dryRunCounted(filter, count: 7))
            break
        }
    }
}
