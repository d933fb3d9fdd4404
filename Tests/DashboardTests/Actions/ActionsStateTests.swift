import DurableAPI
import Foundation
import Synchronization
import Testing

@testable import Dashboard
@testable import HubKit
@testable import ScreenKit

@Suite("Actions state")
struct ActionsStateTests {
    private let rows = [
        ActionCandidate(id: "a", status: .running),
        ActionCandidate(id: "b", status: .running),
    ]

    @Test("read-only refuses to open any dialog")
    func readOnly() {
        var actions = ActionsState()
        let message = actions.open(
            .terminate,
            candidates: rows,
            permit: MutationPermit.granted(readOnly: true),
            operatorName: "o@h",
            createdFrom: fixedNow
        )
        #expect(message == "terminate: disabled in read-only mode")
        #expect(actions.dialog == nil)
    }

    @Test("confirming opens the progress panel; results survive and purged rows lose their marks")
    func runFlow() throws {
        var actions = ActionsState()
        actions.markAll(["a", "b"])
        #expect(
            actions.open(.purge, candidates: rows, permit: testPermit, operatorName: "o@h", createdFrom: fixedNow)
                != nil
        )
        let done = [ActionCandidate(id: "a", status: .completed), ActionCandidate(id: "b", status: .failed)]
        #expect(
            actions.open(.purge, candidates: done, permit: testPermit, operatorName: "o@h", createdFrom: fixedNow)
                == nil
        )
        var effect: ActionEffect?
        for key in [KeyEvent.tab, .character("2"), .tab, .enter] {
            effect = actions.handleDialogKey(key)
        }
        let plan = ActionPlan(request: .purge, targets: ["a", "b"])
        #expect(effect == .run(plan))
        #expect(actions.dialog == nil)
        #expect(actions.showingRun)
        #expect(actions.isRunning)

        var progress = BulkProgress(plan: plan)
        progress.rows = [
            BulkProgress.Row(target: "a", state: .done(.purged(1))),
            BulkProgress.Row(target: "b", state: .failed("already finished")),
        ]
        actions.apply(.progress(progress))
        #expect(actions.results["b"] == "purge: failed: already finished")
        #expect(actions.isRunning)
        #expect(actions.handleRunKey(.back) == .cancelRun)
        #expect(!actions.showingRun)
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
