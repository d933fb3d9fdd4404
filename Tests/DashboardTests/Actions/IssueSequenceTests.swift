import DurableAPI
import Foundation
import Testing

@testable import Dashboard
@testable import HubKit
@testable import ScreenKit

/// The key sequence that crashed every optimised build in the middle of a terminate, replayed on the whole
/// in-memory dashboard with the real coordinator and bulk runner (the suite runs in release too, where it failed).
@Suite("Regression: a terminate after a cancelled raise-event dialog")
struct IssueSequenceTests {
    @Test("the terminate is sent once, with the typed reason, and its answer lands on its row")
    func terminateAfterCancelledRaiseEvent() async throws {
        let source = FakeSource([
            instance("appr-1", name: "ApprovalWorkflow", status: .running, ageSeconds: 60),
            instance("term-me", name: "ApprovalWorkflow", status: .running, ageSeconds: 30),
        ])
        let executor = RecordingExecutor(delay: .milliseconds(30))
        let coordinator = ActionCoordinator(
            executor: executor,
            permit: testPermit,
            audit: nil,
            pacing: .milliseconds(50)
        )
        let app = DashboardApp(
            source: source,
            options: DashboardOptions(endpointHost: "h", operatorName: "ops@box"),
            actions: coordinator,
            now: { fixedNow },
            onRedraw: {}
        )
        app.start()
        defer { app.stop() }
        try await until("the rows load") { app.snapshot.instanceList.visible.count == 2 }

        send("/appr-1", to: app)
        send([.enter, .character("E"), .tab], to: app)
        #expect(app.snapshot.dialog?.targets.ids == ["appr-1"])
        send("ApprovalEvent", to: app)
        send([.tab], to: app)
        send("{\"approved\": tru", to: app)
        #expect(app.snapshot.dialog?.problem?.contains("invalid JSON") == true)
        send([.escape, .character("/"), .control("u")], to: app)
        #expect(app.snapshot.dialog == nil)
        send("term-me", to: app)
        send([.enter, .character("T"), .tab, .control("u")], to: app)
        send("bars-reason", to: app)
        send([.enter, .enter], to: app)

        try await until("the run finishes") { app.snapshot.actions.run?.isFinished == true }
        let state = app.snapshot
        #expect(state.actions.run?.rows.map(\.state) == [.done(.accepted)])
        #expect(state.flash?.text == "terminate term-me: accepted")
        #expect(executor.calls.map(\.1) == ["term-me"])
        #expect(executor.calls.first?.0 == .terminate(reason: "bars-reason"))
    }

    private func send(_ text: String, to app: DashboardApp) {
        send(text.map { .character($0) }, to: app)
    }

    private func send(_ keys: [KeyEvent], to app: DashboardApp) {
        for key in keys {
            app.handle(.key(key))
        }
    }

    private func until(_ what: String, _ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("timed out waiting until \(what)")
                return
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}
