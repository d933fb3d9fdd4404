import DurableAPI
import Testing

@testable import Dashboard
@testable import HubKit
@testable import ScreenKit

@Suite("Timeline tab")
struct TimelineViewTests {
    /// The instance detail of `a` on its Timeline tab with the fixture history loaded; `held` are more listed
    /// instances, all created after `a` (so `a` is the list's last row).
    static func timelineState(
        asciiOnly: Bool = false,
        held: [OrchestrationStatus] = [],
        history: [HistoryEvent]? = nil
    ) throws -> DashboardState {
        var options = DashboardOptions(endpointHost: "localhost:7071", taskHub: "TestHub")
        options.asciiOnly = asciiOnly
        var state = loadedState([TimelineFixtures.instance(history: [])] + held, options: options)
        press([.character("G"), .enter, .character("3")], on: &state)
        let loaded = try history ?? TimelineFixtures.history()
        state.apply(.instanceDetail(TimelineFixtures.instance(history: loaded)), now: fixedNow)
        return state
    }

    /// The rows of a grid from `first` through `last`, trailing blanks cut.
    static func rows(_ grid: Grid, _ range: ClosedRange<Int>) -> [String] {
        range.map { row in
            var text = grid.text(ofRow: row)
            while text.hasSuffix(" ") {
                text.removeLast()
            }
            return text
        }
    }

    @Test("80×24: legend, axis of minutes, one row per bar with its mark, fold count and span")
    func smallScreen() throws {
        let grid = screen(try Self.timelineState())
        #expect(grid.text(ofRow: 3).contains("3 Timeline"))
        #expect(
            Self.rows(grid, 4...14) == [
                "span: scheduled → completed  █ activity  ─ timer  █ sub-orch  • event  █ failed",
                "NAME                 │0s         │1m          │2m          │3m              SPAN",
                "  Validate           █                                                      1.5s",
                "  timer              ───────                                                 30s",
                "✗ ChargeCard      ×3       ████▋                                             18s",
                "  Approval                       •",
                "  ShipOrder                      ███████████████████▉                      1m29s",
                "◌ ShipOrder                                          ███████████████████   1m29s",
                "◌ NotifyCustomerAbo…                                       █████████████   1m00s",
                "",
                "",
            ]
        )
        #expect(grid[6, 0].style == .tableSelected)
        #expect(grid.cursor == GridPosition(row: 6, column: 0))
        #expect(grid[8, 28].style == .statusFailed)
        #expect(grid[8, 0].style == .statusFailed)
        #expect(grid[7, 22].style == .timelineTimer)
        #expect(grid[10, 40].style == .timelineSubOrchestration)
        #expect(grid[9, 33].style == .timelineEvent)
        #expect(grid.text(ofRow: 22).hasPrefix("Enter open"))
        #expect(screen(try Self.timelineState(), columns: 60).text(ofRow: 4).hasPrefix("span: scheduled → completed"))
    }

    @Test("120×40: the wider axis ticks every 30 seconds and the whole name fits")
    func largeScreen() throws {
        let grid = screen(try Self.timelineState(), columns: 120, rows: 40)
        let axis =
            "NAME                           │0s       │30s      │1m       │1m30s    │2m       │2m30s    │3m       │3m30s"
            + "         SPAN"
        #expect(
            Self.rows(grid, 5...13) == [
                axis,
                "  Validate                     █                                                                                    1.5s",
                "  timer                        ───────────                                                                           30s",
                "✗ ChargeCard                ×3           ██████▉                                                                     18s",
                "  Approval                                         •",
                "  ShipOrder                                        ██████████████████████████████▋                                 1m29s",
                "◌ ShipOrder                                                                      ███████████████████████████████   1m29s",
                "◌ NotifyCustomerAboutShipment                                                              █████████████████████   1m00s",
                "",
            ]
        )
    }

    @Test("a 10,000-event fan-out reads as folds of 100 at 80×24, and G reaches its 70th row")
    func fanOut() throws {
        var state = try Self.timelineState(history: try TimelineFixtures.fanOut())
        let grid = screen(state)
        #expect(
            Self.rows(grid, 6...8) == [
                "  Work          ×100 ██████████▉                                             50s",
                "  Work          ×100 ██████████▉                                             50s",
                "  Work          ×100 ██████████▉                                             50s",
            ]
        )
        press([.character("G")], on: &state)
        #expect(
            Self.rows(screen(state), 21...21) == [
                "  Aggregate      ×99                        █                                 1s"
            ]
        )
    }

    @Test("an ASCII-only screen draws bars with #, timers with -, events with *")
    func asciiOnly() throws {
        let grid = screen(try Self.timelineState(asciiOnly: true))
        #expect(
            Self.rows(grid, 4...12) == [
                "span: scheduled -> completed  # activity  - timer  # sub-orch  * event  # failed",
                "NAME                 |0s         |1m          |2m          |3m              SPAN",
                "  Validate           #                                                      1.5s",
                "  timer              -------                                                 30s",
                "x ChargeCard      x3       #####                                             18s",
                "  Approval                       *",
                "  ShipOrder                      ####################                      1m29s",
                ". ShipOrder                                          ###################   1m29s",
                ". NotifyCustomerAbo~                                       #############   1m00s",
            ]
        )
        #expect(grid.cells.allSatisfy { $0.text.unicodeScalars.allSatisfy(\.isASCII) })
    }

    @Test("j/k, G/g move the cursor row; Tab leads here from History and on to Summary")
    func cursorAndTabs() throws {
        var state = try Self.timelineState()
        #expect(state.current.keyMode == .instanceTimeline)
        press([.character("j"), .character("j")], on: &state)
        #expect(screen(state).cursor == GridPosition(row: 8, column: 0))
        press([.character("G")], on: &state)
        #expect(screen(state).cursor == GridPosition(row: 12, column: 0))
        press([.character("g")], on: &state)
        #expect(screen(state).cursor == GridPosition(row: 6, column: 0))
        press([.tab], on: &state)
        #expect(state.current.keyMode == .instanceSummary)
        press([.character("2"), .tab], on: &state)
        #expect(state.current.keyMode == .instanceTimeline)
    }

    @Test("Enter on a running child opens it from the history's id; Esc returns")
    func openRunningChild() throws {
        var state = try Self.timelineState()
        press([.character("G"), .character("k"), .enter], on: &state)
        #expect(state.stack.count == 3)
        #expect(state.pollDemand.detailInstanceID == "a:9")
        press([.escape], on: &state)
        #expect(state.current.keyMode == .instanceTimeline)
    }

    @Test("Enter on a finished child finds it among the listed a:… instances by name and creation time")
    func openFinishedChild() throws {
        let created = TimelineFixtures.date(61.5)
        let children = [
            instance("a:2", name: "ShipOrder", ageSeconds: fixedNow.timeIntervalSince(created) + 60),
            instance("a:5", name: "ShipOrder", ageSeconds: fixedNow.timeIntervalSince(created)),
            instance("a:6", name: "Billing", ageSeconds: fixedNow.timeIntervalSince(created) - 0.1),
        ]
        var state = try Self.timelineState(held: children)
        press([.character("j"), .character("j"), .character("j"), .character("j"), .enter], on: &state)
        #expect(state.pollDemand.detailInstanceID == "a:5")
    }

    @Test("Enter on a finished child nobody lists flashes why; on an activity it opens the event's JSON")
    func openWithoutChild() throws {
        var state = try Self.timelineState()
        press([.character("j"), .character("j"), .character("j"), .character("j"), .enter], on: &state)
        #expect(state.stack.count == 2)
        #expect(state.flash?.level == .warning)
        #expect(state.flash?.text == "ShipOrder: child not listed (a finished child's id is not in the history)")
        press([.character("k"), .character("k"), .enter], on: &state)
        guard case .historyEvent(let shown) = state.current else {
            Issue.record("expected the event JSON view")
            return
        }
        #expect(shown.title == "TaskFailed ChargeCard")
        #expect(shown.index == 6)
    }
}
