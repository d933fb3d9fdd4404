import DurableAPI
import Testing

@testable import Dashboard
@testable import HubKit
@testable import ScreenKit

@Suite("Instances view at 80×24")
struct InstancesViewTests {
    let instances = [
        instance("ord-0001", status: .running, ageSeconds: 60, customStatus: ["stage": "approval"]),
        instance("ord-0002", name: "ShipOrder", status: .failed, ageSeconds: 120, updatedSeconds: 100),
        instance("ord-0003", status: .completed, ageSeconds: 180, updatedSeconds: 170),
        instance("@counter@cats", name: "counter", status: .running, ageSeconds: 30),
    ]

    @Test("the header names host, hub, refresh interval and data age")
    func header() {
        let grid = screen(loadedState(instances))
        let top = grid.text(ofRow: 0)
        #expect(top.contains("localhost:7071"))
        #expect(top.contains("hub TestHub"))
        #expect(top.contains("every 5s"))
        #expect(top.contains("updated 3s ago"))
        #expect(!top.contains("[RO]"))
    }

    @Test("counts per status use glyph and word, and leave entity instances out")
    func counts() {
        let row = screen(loadedState(instances)).text(ofRow: 1)
        #expect(row.contains("\u{25B6} Running 1"))
        #expect(row.contains("\u{2717} Failed 1"))
        #expect(row.contains("\u{2713} Completed 1"))
    }

    @Test("rows show id, name, status word, times and custom status, newest first")
    func rows() {
        let grid = screen(loadedState(instances))
        #expect(grid.text(ofRow: 3).contains("INSTANCE"))
        #expect(grid.text(ofRow: 3).contains("CREATED\u{2193}"))
        let first = grid.text(ofRow: 4)
        #expect(first.hasPrefix("ord-0001"))
        #expect(first.contains("\u{25B6} Running"))
        #expect(first.contains("30s ago"))
        #expect(first.hasSuffix("stage=a\u{2026}"))
        #expect(screen(loadedState(instances), columns: 120).text(ofRow: 4).contains("stage=approval "))
        #expect(grid.text(ofRow: 5).contains("\u{2717} Failed"))
        #expect(grid.text(ofRow: 6).hasPrefix("ord-0003"))
        #expect(!grid.text.contains("@counter@cats"))
        #expect(grid[4, 0].style == .tableSelected)
        #expect(grid.cursor == GridPosition(row: 4, column: 0))
    }

    @Test("rows changed by a tick are highlighted briefly; the first load highlights nothing")
    func changedRows() {
        var state = loadedState(instances)
        #expect(!screen(state).cells.contains { $0.style == .tableChanged })
        state.apply(.instancesChanged([instance("ord-0003", status: .failed, ageSeconds: 180)]), now: fixedNow)
        let grid = screen(state)
        #expect(grid[6, 0].style == .tableChanged)
        #expect(grid[5, 0].style == .tableRow)
        let later = Renderer.render(state, size: GridSize(columns: 80, rows: 24), now: fixedNow.addingTimeInterval(4))
        #expect(later[6, 0].style == .tableRow)
    }

    @Test("instances that fall out of the sliding window leave the table")
    func slidingWindow() {
        var state = loadedState([instance("old", ageSeconds: 86_000), instance("young", ageSeconds: 60)])
        let later = fixedNow.addingTimeInterval(1_000)
        state.apply(.tickSucceeded(TickReport(finishedAt: later, wasFullListing: false, traffic: .init())), now: later)
        #expect(Array(state.instanceList.visible) == ["young"])
        #expect(state.statusCounts[.running] == 1)
    }

    @Test("entity instances appear after pressing e")
    func entityInstancesToggle() {
        var state = loadedState(instances)
        press([.character("e")], on: &state)
        #expect(screen(state).text.contains("@counter@cats"))
    }

    @Test("the read-only badge, stale warning and hint line are drawn")
    func badgesAndHints() {
        var state = loadedState(
            instances,
            options: DashboardOptions(endpointHost: "example.net", taskHub: "Hub", readOnly: true)
        )
        state.apply(.tickFailed(message: "connection refused", problem: .unreachable, at: fixedNow), now: fixedNow)
        let grid = screen(state)
        #expect(grid.text(ofRow: 0).contains("[RO]"))
        #expect(grid.text(ofRow: 0).contains("STALE: updated 3s ago"))
        #expect(grid.text(ofRow: 23).hasPrefix("refresh failed: connection refused"))
        #expect(grid[0, column(of: "STALE", inRow: 0, of: grid) ?? 0].style == .headerStale)
        let hints = grid.text(ofRow: 22)
        #expect(hints.hasPrefix("Enter open  / filter  w window  s status  p pause  : cmd  ? help  q back/quit"))
        #expect(!hints.contains("term"), "a read-only session hints no mutating key")
    }

    @Test("CJK and emoji ids keep the status column aligned")
    func wideCharactersStayAligned() {
        let rows = [
            instance("注文-0001", status: .running, ageSeconds: 10),
            instance("🚀-launch", status: .pending, ageSeconds: 20),
            instance("plain-id", status: .failed, ageSeconds: 30),
        ]
        let grid = screen(loadedState(rows))
        let running = column(of: "Running", inRow: 4, of: grid)
        let pending = column(of: "Pending", inRow: 5, of: grid)
        let failed = column(of: "Failed", inRow: 6, of: grid)
        #expect(running != nil)
        #expect(running == pending)
        #expect(pending == failed)
        #expect(grid.text(ofRow: 4).hasPrefix("注文-0001"))
    }

    @Test("below the minimum size the screen says so")
    func tooSmall() {
        let grid = screen(loadedState(instances), columns: 40, rows: 10)
        #expect(grid.text.contains("terminal too small:"))
        #expect(grid.text.contains("have 40\u{00D7}10, need 60\u{00D7}12"))
    }

    @Test(
        "any size renders without trouble, down to nothing",
        arguments: [(0, 0), (1, 1), (59, 30), (60, 12), (300, 100)]
    )
    func anySize(size: (Int, Int)) {
        let grid = screen(loadedState(instances), columns: size.0, rows: size.1)
        #expect(grid.cells.count == size.0 * size.1)
    }

    @Test("a first load shows its progress")
    func loadingCount() {
        var state = DashboardState(options: DashboardOptions(endpointHost: "h"))
        state.apply(.loading(count: 3_200), now: fixedNow)
        let grid = screen(state)
        #expect(grid.text(ofRow: 23).hasPrefix("loading 3,200\u{2026}"))
        #expect(grid.text(ofRow: 0).contains("loading\u{2026}"))
    }

    @Test("ASCII mode draws only ASCII")
    func asciiOnly() {
        let state = loadedState(
            instances + [instance("注文", ageSeconds: 5)],
            options: DashboardOptions(endpointHost: "h", asciiOnly: true)
        )
        let grid = screen(state)
        for scalar in grid.text.unicodeScalars {
            #expect(scalar.isASCII)
        }
        #expect(grid.text(ofRow: 1).contains("> Running"))
    }

    @Test("a 32-hex id shows whole: custom status gives way first, then duration; with room both come back")
    func guidIDs() {
        let id = "5d0f6c1e9b2a4f3c8e7d6b5a4c3b2a19"
        let state = loadedState([instance(id, customStatus: ["stage": "processing"])])
        let narrow = screen(state)
        #expect(!narrow.text(ofRow: 3).contains("CUSTOM"))
        #expect(!narrow.text(ofRow: 3).contains("DURATION"))
        #expect(narrow.text(ofRow: 4).hasPrefix(id + " "))
        let middle = screen(state, columns: 90)
        #expect(middle.text(ofRow: 3).contains("DURATION"))
        #expect(!middle.text(ofRow: 3).contains("CUSTOM"))
        #expect(middle.text(ofRow: 4).hasPrefix(id + " "))
        let wide = screen(state, columns: 110)
        #expect(wide.text(ofRow: 4).hasPrefix(id + " "))
        #expect(wide.text(ofRow: 4).contains("stage=processing"))
    }

    @Test("sub-orchestration children stay distinct at 80×24: a middle ellipsis keeps the tail")
    func childIDs() {
        let parent = "order-20261130-2283-fulfilment-europe-west"
        let children = (1...3).map { instance("\(parent):\($0)", ageSeconds: 600 - Double($0)) }
        let grid = screen(loadedState(children))
        #expect(!grid.text(ofRow: 3).contains("DURATION"))
        let ids = (4...6).map { String(grid.text(ofRow: $0).prefix(while: { $0 != " " })) }
        #expect(ids == (1...3).reversed().map { "order-20261\u{2026}fulfilment-europe-west:\($0)" })
        let wide = screen(loadedState(children), columns: 120)
        #expect(wide.text(ofRow: 4).hasPrefix(parent + ":3 "))
        #expect(wide.text(ofRow: 3).contains("CUSTOM"))
    }

    @Test("custom status reads as a summary, nested values folded")
    func customSummary() {
        let status: JSONValue = ["stage": "transform", "done": 42, "step": ["a": 1], "items": [1, 2]]
        #expect(status.summary == "stage=transform done=42 step={\u{2026}} items=[2]")
        #expect(JSONValue.array(["a", 1]).summary == "[a, 1]")
        #expect(JSONValue.null.summary == "")
        #expect(JSONValue.string("waiting").summary == "waiting")
    }
}
