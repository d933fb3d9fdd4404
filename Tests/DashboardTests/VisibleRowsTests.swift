import DurableAPI
import Testing

@testable import Dashboard

@Suite("Rows computed off the lock")
struct VisibleRowsTests {
    @Test("a deferred update leaves the rows to the caller, and its result is installed")
    func deferred() {
        var state = loadedState([instance("a", ageSeconds: 10)])
        let request = state.applyDeferringRows(.instancesChanged([instance("b", ageSeconds: 5)]), now: fixedNow)
        #expect(Array(state.instanceList.visible) == ["a"])
        guard let request else {
            Issue.record("expected a row request")
            return
        }
        state.installRows(request.compute())
        #expect(Array(state.instanceList.visible) == ["b", "a"])
        #expect(state.statusCounts[.running] == 2)
    }

    @Test("a result computed from older inputs is dropped")
    func stale() {
        var state = loadedState([instance("a", ageSeconds: 10), instance("b", ageSeconds: 5)])
        let request = state.applyDeferringRows(.instancesChanged([instance("c", ageSeconds: 1)]), now: fixedNow)
        press([.character("/")], on: &state)
        type("b", on: &state)
        state.installRows(request!.compute())
        #expect(Array(state.instanceList.visible) == ["b"])
    }

    @Test("a row the store let go but the table still shows is not marked, by a or v")
    func marksOnlyHeldRows() {
        var state = loadedState([
            instance("x", ageSeconds: 1), instance("gone", ageSeconds: 5), instance("a", ageSeconds: 10),
        ])
        let request = state.applyDeferringRows(.instancesRemoved(["gone"]), now: fixedNow)
        #expect(request != nil)
        #expect(Array(state.instanceList.visible) == ["x", "gone", "a"])
        press([.character("a")], on: &state)
        #expect(state.actions.marks.ids == ["x", "a"])
        press([.character("u"), .character(" ")], on: &state)
        #expect(state.actions.marks.ids == ["x"])
        press([.character("j"), .character("v")], on: &state)
        #expect(state.actions.marks.ids == ["x", "a"])
    }

    @Test("the selected instance stays selected when rows move")
    func selectionFollows() {
        var state = loadedState([instance("a", ageSeconds: 10), instance("b", ageSeconds: 20)])
        press([.character("j")], on: &state)
        state.apply(.instancesChanged([instance("new", ageSeconds: 1)]), now: fixedNow)
        #expect(state.selectedInstance?.instanceId == "b")
    }

    @Test("an untouched selection stays on the first row while rows arrive above it")
    func untouchedSelectionStaysOnTop() {
        var state = loadedState([instance("a", ageSeconds: 10), instance("b", ageSeconds: 20)])
        state.apply(.instancesChanged([instance("new", ageSeconds: 1)]), now: fixedNow)
        #expect(state.selectedInstance?.instanceId == "new")
        press([.character("k")], on: &state)
        state.apply(.instancesChanged([instance("newer", ageSeconds: 0)]), now: fixedNow)
        #expect(state.selectedInstance?.instanceId == "new", "once moved, the selection follows the instance")
    }

    @Test("a listing delivered page by page leaves what it listed, on an empty store or one a failed attempt filled")
    func pagedListing() {
        var state = DashboardState(options: DashboardOptions(endpointHost: "localhost:7071", taskHub: "TestHub"))
        state.apply(.loading(count: 0), now: fixedNow)
        let attempted = [instance("a", ageSeconds: 30), instance("gone", ageSeconds: 20)]
        state.apply(.instancesChanged(attempted), now: fixedNow)
        state.apply(.tickFailed(message: "host unreachable", problem: .unreachable, at: fixedNow), now: fixedNow)
        #expect(state.store.count == 2)

        let listed = [instance("a", ageSeconds: 30), instance("b", ageSeconds: 10)]
        state.apply(.loading(count: 0), now: fixedNow)
        state.apply(.instancesChanged(listed), now: fixedNow)
        state.apply(.instancesComplete(listed, pagesDelivered: true), now: fixedNow)
        #expect(Array(state.instanceList.visible) == ["b", "a"], "the row only the failed attempt saw is gone")

        var fresh = DashboardState(options: DashboardOptions(endpointHost: "localhost:7071", taskHub: "TestHub"))
        fresh.apply(.loading(count: 0), now: fixedNow)
        fresh.apply(.instancesChanged(listed), now: fixedNow)
        fresh.apply(.instancesComplete(listed, pagesDelivered: true), now: fixedNow)
        #expect(Array(fresh.instanceList.visible) == ["b", "a"])
        #expect(fresh.store.count == 2)
    }
}
