import DurableAPI
import Foundation
import Testing

@testable import Dashboard
@testable import HubKit
@testable import ScreenKit

@Suite("Action keys in the dashboard")
struct ActionKeysTests {
    private func state(readOnly: Bool = false) -> DashboardState {
        loadedState(
            [
                instance("run-1", status: .running, ageSeconds: 100),
                instance("run-2", status: .running, ageSeconds: 200),
                instance("done-1", status: .completed, ageSeconds: 300),
                instance("held-1", status: .suspended, ageSeconds: 400),
            ],
            options: DashboardOptions(endpointHost: "h", taskHub: "Hub", readOnly: readOnly, operatorName: "ops@box")
        )
    }

    @Test("T opens the terminate dialog on the selected row, drawn over the table at 80x24")
    func terminateSelected() {
        var dashboard = state()
        press([.character("T")], on: &dashboard)
        #expect(dashboard.dialog?.targets.ids == ["run-1"])
        let text = screen(dashboard).text
        #expect(text.contains("Terminate 1 instance"))
        #expect(text.contains("Reason: ops@box"))
        #expect(text.contains("[ Cancel ]"))
    }

    @Test("keys go to the open dialog, not to the table; Enter on Cancel closes it")
    func dialogTakesKeys() {
        var dashboard = state()
        press([.character("T"), .character("j"), .character("q")], on: &dashboard)
        #expect(dashboard.instanceList.cursor.selected == 0)
        #expect(!dashboard.wantsQuit)
        press([.enter], on: &dashboard)
        #expect(dashboard.dialog == nil)
    }

    @Test("a refresh while the dialog is open does not retarget it")
    func pinnedThroughRefresh() {
        var dashboard = state()
        press([.character("T")], on: &dashboard)
        dashboard.apply(
            .instancesComplete([instance("new-0", status: .running, ageSeconds: 10)], pagesDelivered: false),
            now: fixedNow
        )
        #expect(dashboard.selectedInstance?.instanceId == "new-0")
        let effects =
            dashboard.handle(.tab, now: fixedNow) + dashboard.handle(.tab, now: fixedNow)
            + dashboard.handle(.enter, now: fixedNow)
        #expect(effects == [.action(.run(ActionPlan(request: .terminate(reason: "ops@box"), targets: ["run-1"])))])
    }

    @Test("Space marks and moves down; a marks all visible; T on marks is a bulk dialog that skips finished rows")
    func marksAndBulk() {
        var dashboard = state()
        press([.character(" ")], on: &dashboard)
        #expect(dashboard.actions.marks.ids == ["run-1"])
        #expect(dashboard.instanceList.cursor.selected == 1)
        #expect(screen(dashboard).text.contains("*run-1"))
        press([.character("a"), .character("T")], on: &dashboard)
        let dialog = dashboard.dialog
        #expect(dialog?.targets.ids == ["run-1", "run-2", "held-1"])
        #expect(dialog?.targets.skipped.map(\.id) == ["done-1"])
        #expect(dialog?.problem == "type 3 to confirm")
        press([.escape, .character("u")], on: &dashboard)
        #expect(dashboard.actions.marks.isEmpty)
    }

    @Test("on the entities view, marks pick the entities E signals, in table order")
    func signalMarkedEntities() {
        var dashboard = state()
        let entities = ["b", "a", "c"].map {
            EntityStatus(entityId: EntityID(name: "counter", key: $0), lastOperationTime: fixedNow)
        }
        dashboard.apply(.entitiesComplete(entities), now: fixedNow)
        press([.character(":")], on: &dashboard)
        type("entities", on: &dashboard)
        press([.character(" "), .character(" "), .character("E")], on: &dashboard)
        #expect(dashboard.dialog?.action == .signalEntity)
        #expect(dashboard.dialog?.targets.ids == ["@counter@a", "@counter@b"])
    }

    @Test("S suspends a running row and resumes a suspended one")
    func suspendOrResume() {
        var dashboard = state()
        press([.character("S")], on: &dashboard)
        #expect(dashboard.dialog?.action == .suspend)
        press([.escape, .character("G"), .character("S")], on: &dashboard)
        #expect(dashboard.dialog?.action == .resume)
        #expect(dashboard.dialog?.targets.ids == ["held-1"])
    }

    @Test("read-only mode refuses every mutating key with a message and never opens a dialog")
    func readOnly() {
        var dashboard = state(readOnly: true)
        for key in ["T", "E", "X", "S", "W", "R", "N", "P"] {
            press([.character(Character(key))], on: &dashboard)
            #expect(dashboard.dialog == nil, "\(key)")
            #expect(dashboard.flash?.text.hasPrefix("read-only:") == true, "\(key)")
        }
        let help = HelpContent.lines(for: .instances, keyMap: .standard, readOnly: true, asciiOnly: false)
        let disabled = help.filter { $0.style == .hintDisabled }.map(\.text)
        #expect(disabled.count == 8)
        #expect(disabled.contains { $0.hasPrefix("T ") && $0.hasSuffix("terminate (disabled: read-only)") })
    }

    @Test("a finished run keeps its results, drops purged rows, and shows its summary")
    func finishedRun() {
        var dashboard = state()
        press([.character("G"), .character("k"), .character("X"), .tab, .character("1"), .tab], on: &dashboard)
        let effects = dashboard.handle(.enter, now: fixedNow)
        let plan = ActionPlan(request: .purge, targets: ["done-1"])
        #expect(effects == [.action(.run(plan))])
        var progress = BulkProgress(plan: plan)
        progress.rows[0].state = .done(.purged(1))
        progress.finish()
        dashboard.apply(ActionUpdate.progress(progress), now: fixedNow)
        #expect(dashboard.store.rows[id: "done-1"] == nil)
        #expect(dashboard.flash?.text == "purge done-1: purged 1")
        #expect(dashboard.actions.results["done-1"] == "purge: purged 1")
        #expect(screen(dashboard).text.contains("purge done-1: purged 1"))
        press([.escape], on: &dashboard)
        dashboard.apply(.instancesComplete([instance("run-1")], pagesDelivered: false), now: fixedNow)
        #expect(dashboard.actions.results["done-1"] == "purge: purged 1")
        press([.character("b")], on: &dashboard)
        #expect(dashboard.showingRun)
        press([.escape], on: &dashboard)
        dashboard.apply(
            .instancesComplete(
                [instance("run-1"), instance("done-1", status: .completed, ageSeconds: 900)],
                pagesDelivered: false
            ),
            now: fixedNow
        )
        press([.character("G"), .enter], on: &dashboard)
        #expect(screen(dashboard).text.contains("Action    purge: purged 1"))
    }

    @Test("the progress panel takes its keys from the key map; a second Enter after Confirm cancels nothing")
    func progressPanelKeys() {
        var dashboard = state()
        press([.character("G"), .character("k"), .character("X"), .tab, .character("1"), .tab], on: &dashboard)
        #expect(dashboard.handle(.enter, now: fixedNow).count == 1)
        #expect(dashboard.handle(.enter, now: fixedNow).isEmpty)
        #expect(dashboard.showingRun)
        press([.character("j"), .character("j")], on: &dashboard)
        #expect(dashboard.mode == .progress(scroll: 0), "one row fits: no scrolling past the end")
        #expect(dashboard.handle(.character("q"), now: fixedNow) == [.action(.cancelRun)])
        #expect(!dashboard.showingRun)
        #expect(!dashboard.wantsQuit)
    }

    @Test("a started orchestration is opened once the run finishes")
    func startOpensInstance() {
        var dashboard = state()
        press([.character("N")], on: &dashboard)
        #expect(dashboard.dialog?.title == "Start a new orchestration")
        press([.tab], on: &dashboard)
        press("Hello".map { KeyEvent.character($0) }, on: &dashboard)
        let effects =
            dashboard.handle(.tab, now: fixedNow) + dashboard.handle(.tab, now: fixedNow)
            + dashboard.handle(.tab, now: fixedNow) + dashboard.handle(.enter, now: fixedNow)
        let plan = ActionPlan(request: .start(name: "Hello", instanceID: nil, input: nil), targets: [])
        #expect(effects == [.action(.run(plan))])
        var progress = BulkProgress(plan: plan)
        progress.rows[0].state = .done(.started(instanceID: "hello-9", status: .pending))
        progress.finish()
        dashboard.apply(ActionUpdate.progress(progress), now: fixedNow)
        #expect(dashboard.current.crumb == "hello-9")
    }

    @Test("a purge by filter drops the held rows its filter matches")
    func purgeByFilterDropsRows() {
        var dashboard = state()
        press([.character("P"), .tab, .tab, .tab, .tab], on: &dashboard)
        let effects = dashboard.handle(.enter, now: fixedNow)
        guard case .action(.dryRun(let filter)) = effects.first else {
            Issue.record("expected a dry run, got \(effects)")
            return
        }
        dashboard.apply(ActionUpdate.dryRunCounted(filter, count: 1), now: fixedNow)
        press([.character("1"), .tab], on: &dashboard)
        let plan = ActionPlan(request: .purgeByFilter(filter), targets: [])
        #expect(dashboard.handle(.enter, now: fixedNow) == [.action(.run(plan))])
        var progress = BulkProgress(plan: plan)
        progress.rows[0].state = .done(.purged(1))
        progress.finish()
        dashboard.apply(ActionUpdate.progress(progress), now: fixedNow)
        #expect(dashboard.store.rows[id: "done-1"] == nil)
        #expect(dashboard.store.rows[id: "run-1"] != nil)
        #expect(dashboard.store.rows[id: "held-1"] != nil)
    }

    @Test("a single restart opens the instance it started")
    func restartOpensNewInstance() {
        var dashboard = state()
        press([.character("R"), .tab, .tab], on: &dashboard)
        let plan = ActionPlan(request: .restart(newInstanceID: true), targets: ["run-1"])
        #expect(dashboard.handle(.enter, now: fixedNow) == [.action(.run(plan))])
        var progress = BulkProgress(plan: plan)
        progress.rows[0].state = .done(.started(instanceID: "run-1-again", status: .running))
        progress.finish()
        dashboard.apply(ActionUpdate.progress(progress), now: fixedNow)
        #expect(dashboard.current.crumb == "run-1-again")
        #expect(!dashboard.showingRun)
    }
}
