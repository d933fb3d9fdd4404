import Dashboard
import DurableAPI
import Foundation
import HubKit
import Synchronization
import Testing

@Suite("Action coordinator shutdown")
struct ActionCoordinatorTests {
    private func startRun(
        _ coordinator: ActionCoordinator,
        targets: [String],
        executor: RecordingExecutor
    ) async throws {
        coordinator.perform(.run(ActionPlan(request: .terminate(reason: "r"), targets: targets))) { _ in }
        let deadline = ContinuousClock.now + .seconds(5)
        while executor.calls.isEmpty, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    @Test("shutdown stops sending, lets the requests already sent answer, and says why it stopped")
    func gracefulShutdown() async throws {
        let executor = RecordingExecutor(delay: .milliseconds(150))
        let coordinator = ActionCoordinator(
            executor: executor,
            permit: testPermit,
            audit: nil,
            maxConcurrent: 1,
            pacing: .zero
        )
        try await startRun(coordinator, targets: ["a", "b", "c"], executor: executor)
        let final = try #require(await coordinator.shutdown(because: "SIGTERM", grace: .seconds(5)))
        #expect(final.isFinished)
        #expect(final.rows.map(\.state) == [.done(.accepted), .cancelled, .cancelled])
        #expect(final.stoppedBy == "SIGTERM")
        #expect(executor.calls.map(\.1) == ["a"])
    }

    @Test("a request that does not answer within the grace period is abandoned and reported as unanswered")
    func abandonedRequest() async throws {
        let executor = RecordingExecutor(delay: .seconds(60))
        let coordinator = ActionCoordinator(
            executor: executor,
            permit: testPermit,
            audit: nil,
            maxConcurrent: 2,
            pacing: .zero
        )
        try await startRun(coordinator, targets: ["a", "b", "c"], executor: executor)
        let started = ContinuousClock.now
        let final = try #require(await coordinator.shutdown(because: "SIGHUP", grace: .milliseconds(200)))
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(final.rows.map(\.state).filter { $0 == .unanswered }.count == executor.calls.count)
        #expect(final.rows.last?.state == .cancelled)
        #expect(final.stoppedBy == "SIGHUP")
    }

    @Test("shutdown with no run going returns nil at once")
    func nothingRunning() async {
        let coordinator = ActionCoordinator(executor: RecordingExecutor(), permit: testPermit, audit: nil)
        #expect(await coordinator.shutdown(because: "quit", grace: .seconds(5)) == nil)
    }
}
