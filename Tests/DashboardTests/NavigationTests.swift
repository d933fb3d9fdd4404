import DurableAPI
import Testing

@testable import Dashboard

@Suite("Navigation")
struct NavigationTests {
    static func history() throws -> [HistoryEvent] {
        [
            try event(
                #"{"EventType":"ExecutionStarted","Input":null,"Timestamp":"2026-03-10T11:50:00.000Z","FunctionName":"ProcessOrder"}"#
            ),
            try event(
                #"{"EventType":"TaskCompleted","Result":"ok","Timestamp":"2026-03-10T11:50:02.500Z","ScheduledTime":"2026-03-10T11:50:01.000+00:00","FunctionName":"Charge"}"#
            ),
            try event(
                #"{"EventType":"SubOrchestrationInstanceCreated","Name":"Ship","InstanceId":"child-1","Timestamp":"2026-03-10T11:50:03Z"}"#
            ),
            try event(
                #"{"EventType":"TimerCreated","FireAt":"2026-03-10T13:00:00Z","Timestamp":"2026-03-10T11:50:04Z"}"#
            ),
        ]
    }

    @Test("j/k, G/g and Enter move and drill in; Esc and q go back; q at the top quits")
    func drillAndBack() {
        var state = loadedState([instance("a", ageSeconds: 10), instance("b", ageSeconds: 20)])
        press([.character("j")], on: &state)
        #expect(state.selectedInstance?.instanceId == "b")
        press([.character("g")], on: &state)
        #expect(state.selectedInstance?.instanceId == "a")
        press([.character("G"), .enter], on: &state)
        #expect(state.current.keyMode == .instanceSummary)
        #expect(state.pollDemand.detailInstanceID == "b")
        press([.escape], on: &state)
        #expect(state.current == .instances)
        press([.enter, .character("q")], on: &state)
        #expect(state.current == .instances)
        #expect(!state.wantsQuit)
        press([.character("q")], on: &state)
        #expect(state.wantsQuit)
    }

    @Test("Tab, Shift-Tab and number keys switch detail tabs; History is tab 2")
    func tabs() throws {
        var state = loadedState([instance("a")])
        press([.enter, .tab], on: &state)
        #expect(state.current.keyMode == .instanceHistory)
        press([.backTab], on: &state)
        #expect(state.current.keyMode == .instanceSummary)
        press([.character("2")], on: &state)
        #expect(state.current.keyMode == .instanceHistory)
        state.apply(.instanceDetail(instance("a", history: try Self.history())), now: fixedNow)
        let grid = screen(state)
        #expect(grid.text(ofRow: 3).contains("2 History"))
        #expect(grid.text(ofRow: 5).contains("TIME"))
        #expect(grid.text(ofRow: 7).contains("TaskCompleted"))
        #expect(grid.text(ofRow: 7).contains("+2.5s"))
        #expect(grid.text(ofRow: 7).contains("1.5s"))
        #expect(
            grid.text(ofRow: 4).contains(
                "waiting on: sub-orchestration Ship (child-1), timer until 2026-03-10 13:00:00Z"
            )
        )
    }

    @Test("Enter on a history event shows its JSON; on a sub-orchestration, the child")
    func historyDrill() throws {
        var state = loadedState([instance("a")])
        press([.enter, .character("2")], on: &state)
        state.apply(.instanceDetail(instance("a", history: try Self.history())), now: fixedNow)
        press([.character("j"), .enter], on: &state)
        guard case .historyEvent(let shown) = state.current else {
            Issue.record("expected the event JSON view")
            return
        }
        #expect(shown.title == "TaskCompleted Charge")
        #expect(screen(state).text.contains("\"FunctionName\": \"Charge\""))
        press([.escape, .character("j"), .enter], on: &state)
        #expect(state.pollDemand.detailInstanceID == "child-1")
        #expect(state.stack.count == 3)
    }

    @Test(": commands switch views and quit; unknown ones say so")
    func commands() {
        var state = loadedState([instance("a")])
        press([.character(":")], on: &state)
        type("entities", on: &state)
        #expect(state.current == .entities)
        #expect(state.pollDemand.entitiesVisible)
        press([.character(":")], on: &state)
        type("instances", on: &state)
        #expect(state.current == .instances)
        press([.character(":")], on: &state)
        type("bogus", on: &state)
        #expect(state.flash?.level == .error)
        press([.character(":")], on: &state)
        type("window 7d", on: &state)
        #expect(state.pollDemand.window == .last7Days)
        press([.character(":")], on: &state)
        type("q", on: &state)
        #expect(state.wantsQuit)
    }

    @Test("w and s change what is asked of the host; p pauses")
    func serverFilters() {
        var state = loadedState([instance("a")])
        press([.character("w")], on: &state)
        #expect(state.pollDemand.window == .last7Days)
        press([.character("s"), .character("s")], on: &state)
        #expect(state.pollDemand.statuses == [.pending])
        press([.character("p")], on: &state)
        #expect(state.pollDemand.paused)
        #expect(screen(state).text(ofRow: 0).contains("PAUSED"))
        #expect(state.handle(.character("r"), now: fixedNow) == [.refreshNow])
    }

    @Test("the entities view lists name, key, last operation and state; Enter shows the state")
    func entities() {
        var state = loadedState([])
        press([.character(":")], on: &state)
        type("entities", on: &state)
        let entity = EntityStatus(
            entityId: EntityID(name: "counter", key: "cats"),
            lastOperationTime: fixedNow.addingTimeInterval(-5),
            state: ["value": 9]
        )
        state.apply(.entitiesComplete([entity]), now: fixedNow)
        let grid = screen(state)
        #expect(grid.text(ofRow: 3).contains("LAST OPERATION"))
        #expect(grid.text(ofRow: 4).contains("counter"))
        #expect(grid.text(ofRow: 4).contains("5s ago"))
        #expect(grid.text(ofRow: 4).contains("{\"value\":9}"))
        press([.enter], on: &state)
        #expect(state.pollDemand.detailEntity == entity.entityId)
        #expect(screen(state).text.contains("\"value\": 9"))
    }
}

@Suite("Scrolling text views")
struct ScrollingTests {
    @Test("G scrolls to the last page and k moves back one line at once")
    func clamped() {
        var items: [JSONValue] = []
        for number in 0..<100 {
            items.append(.string("item-\(number)"))
        }
        var state = loadedState([instance("a", customStatus: .array(items))])
        press([.enter, .character("G")], on: &state)
        #expect(screen(state).text(ofRow: 21).contains("]"))
        press([.character("k")], on: &state)
        #expect(screen(state).text(ofRow: 21).contains("\"item-99\""))
        press([.character("g")], on: &state)
        #expect(screen(state).text(ofRow: 4).contains("Instance"))
    }
}
