import Dashboard
import DurableAPI
import Foundation
import HubKit
import Synchronization
import Testing

@Suite("Bulk runner")
struct BulkRunnerTests {
    @Test("every target goes through the executor; failures keep their message; the summary counts both")
    func progressAndSummary() async {
        let executor = RecordingExecutor(failures: ["b": .gone("instance 'b'"), "c": .notFound("instance 'c'")])
        let sleeper = CountingSleeper()
        let runner = BulkRunner(executor: executor, permit: testPermit, maxConcurrent: 2, sleeper: sleeper)
        let plan = ActionPlan(request: .terminate(reason: "ops@box"), targets: ["a", "b", "c", "d"])
        let seen = Mutex<[BulkProgress]>([])
        let final = await runner.run(plan) { progress in seen.withLock { $0.append(progress) } }

        #expect(final.isFinished)
        #expect(
            final.rows.map(\.state) == [
                .done(.accepted), .failed("already finished"), .failed("not found, or already purged"),
                .done(.accepted),
            ]
        )
        #expect(final.summary == "terminate: 2 done, 2 failed")
        #expect(executor.calls.map(\.1) == ["a", "b", "c", "d"])
        #expect(sleeper.sleeps == 3)
        let history = seen.withLock { $0 }
        #expect(history.first?.rows.allSatisfy { $0.state == .pending } == true)
        #expect(history.contains { $0.rows.contains { $0.state == .running } })
        #expect(history.last == final)
    }

    @Test("no more than maxConcurrent requests are in flight")
    func boundedConcurrency() async {
        let executor = RecordingExecutor(delay: .milliseconds(20))
        let runner = BulkRunner(executor: executor, permit: testPermit, maxConcurrent: 2, pacing: .zero)
        let plan = ActionPlan(request: .suspend(reason: ""), targets: (1...6).map { "i\($0)" })
        let final = await runner.run(plan)
        #expect(final.counts.done == 6)
        #expect(executor.maxInFlight == 2)
    }

    @Test("cancelling stops new requests; rows never sent end as cancelled")
    func cancellation() async {
        let executor = RecordingExecutor()
        let runner = BulkRunner(executor: executor, permit: testPermit, maxConcurrent: 1, pacing: .seconds(3600))
        let plan = ActionPlan(request: .purge, targets: ["a", "b", "c"])
        let task = Task { await runner.run(plan) }
        task.cancel()
        let final = await task.value
        #expect(final.isFinished)
        #expect(final.counts.cancelled >= 2)
        #expect(final.counts.done + final.counts.cancelled == 3)
        #expect(final.summary.contains("cancelled"))
        #expect(final.purgedIDs == executor.calls.compactMap(\.1))
    }

    @Test("a hub-wide action has one row without a target")
    func hubAction() async {
        let executor = RecordingExecutor()
        let runner = BulkRunner(executor: executor, permit: testPermit)
        let plan = ActionPlan(request: .start(name: "Hello", instanceID: nil, input: nil), targets: [])
        let final = await runner.run(plan)
        #expect(final.rows.count == 1)
        #expect(final.rows[0].target == nil)
        #expect(final.summary == "start: accepted")
        #expect(executor.calls.count == 1)
    }
}
