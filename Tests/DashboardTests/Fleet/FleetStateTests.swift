import Dashboard
import DurableAPI
import Foundation
import HubKit
import ScreenKit
import Testing

@Suite("The fleet overview's state and a fleet hub's way back")
struct FleetStateTests {
    static let names = ["billing", "orders", "reports/Main", "reports/Nightly"]

    static func overview() -> DashboardState {
        var state = DashboardState.fleetOverview(
            options: DashboardOptions(endpointHost: "fleet", fleet: names)
        )
        state.showFleet([
            row("orders", summary: HubSummary(counts: [.running: 5], attention: 3, lastSuccess: fixedNow)),
            row("billing", readOnly: true, summary: HubSummary(counts: [.completed: 9], lastSuccess: fixedNow)),
            row("reports/Main", summary: HubSummary(problem: .unreachable, problemDetail: "couldn't connect")),
            row(
                "reports/Nightly",
                summary: HubSummary(counts: [.failed: 2], failuresLastHour: 2, lastSuccess: fixedNow)
            ),
        ])
        return state
    }

    static func row(_ name: String, readOnly: Bool = false, summary: HubSummary) -> FleetRow {
        FleetRow(name: name, host: "host-\(name)", taskHub: "Hub", readOnly: readOnly, summary: summary)
    }

    static func member(_ name: String? = "orders") -> DashboardState {
        loadedState(
            [instance("a")],
            options: DashboardOptions(endpointHost: "h", hubName: name, fleet: name == nil ? [] : names)
        )
    }

    @Test("trouble sorts first: unreachable, then attention, then recent failures, then the quiet by name")
    func troubleFirst() {
        let state = Self.overview()
        #expect(state.hubList.visible == ["reports/Main", "orders", "reports/Nightly", "billing"])
        let text = screen(state).text
        #expect(text.contains("unreachable"))
        #expect(text.contains("billing [RO]"))
        #expect(text.contains("3 need attention"))
        #expect(text.contains("1 not answering"))
        #expect(screen(state).text(ofRow: 23).contains("reports/Main: couldn't connect"))
    }

    @Test("the status line of a hub whose host holds refreshes back counts down to the next try")
    func backoffCountdown() {
        var state = Self.overview()
        state.showFleet([
            Self.row(
                "orders",
                summary: HubSummary(
                    lastSuccess: fixedNow,
                    problem: .throttled,
                    problemDetail: "throttled by the host (429)",
                    retryAt: fixedNow.addingTimeInterval(7.2)
                )
            )
        ])
        let grid = screen(state)
        #expect(grid.text(ofRow: 23).hasPrefix("orders (retry in 8s): throttled by the host (429)"))
        #expect(grid.text.contains("throttled"))
    }

    @Test("Enter on a row asks for that hub; / filters by name, host or task hub")
    func enterAndFilter() {
        var state = Self.overview()
        press([.down], on: &state)
        #expect(state.handle(.enter, now: fixedNow) == [.fleet(.hub("orders"))])
        press([.character("/")], on: &state)
        type("bill", on: &state)
        #expect(state.hubList.visible == ["billing"])
        press([.escape], on: &state)
        #expect(state.hubList.visible.count == 4)
    }

    @Test("q on the overview quits; commands about one hub's rows ask for a hub first")
    func overviewCommands() {
        var state = Self.overview()
        press([.character(":")], on: &state)
        type("failures", on: &state)
        #expect(state.current == .hubs)
        #expect(state.flash?.text.contains("pick a hub first") == true)
        press([.character("q")], on: &state)
        #expect(state.wantsQuit)
    }

    @Test("Esc and q at the top of a fleet's hub go back to the overview; alone, q quits")
    func wayBack() {
        var state = Self.member()
        #expect(state.handle(.escape, now: fixedNow) == [.fleet(.overview)])
        #expect(state.handle(.character("q"), now: fixedNow) == [.fleet(.overview)])
        #expect(!state.wantsQuit)
        press([.enter], on: &state)
        #expect(state.handle(.character("q"), now: fixedNow).isEmpty)
        var alone = Self.member(nil)
        #expect(alone.handle(.escape, now: fixedNow).isEmpty)
        press([.character("q")], on: &alone)
        #expect(alone.wantsQuit)
    }

    @Test(":hub NAME takes an exact name or a unique start, in any letter case; :hubs goes back")
    func hubCommands() {
        var state = Self.member()
        for key in ":hub BILL".map({ KeyEvent.character($0) }) {
            _ = state.handle(key, now: fixedNow)
        }
        #expect(state.handle(.enter, now: fixedNow) == [.fleet(.hub("billing"))])
        for key in ":hub reports".map({ KeyEvent.character($0) }) {
            _ = state.handle(key, now: fixedNow)
        }
        #expect(state.handle(.enter, now: fixedNow).isEmpty)
        #expect(state.flash?.text.contains("could be several hubs") == true)
        for key in ":hubs".map({ KeyEvent.character($0) }) {
            _ = state.handle(key, now: fixedNow)
        }
        #expect(state.handle(.enter, now: fixedNow) == [.fleet(.overview)])
        var alone = Self.member(nil)
        press([.character(":")], on: &alone)
        type("hubs", on: &alone)
        #expect(alone.flash?.text.contains("one hub in this session") == true)
    }

    @Test("Tab completes the command word, then the hub name after :hub")
    func completion() {
        var state = Self.member()
        for key in ":fa".map({ KeyEvent.character($0) }) {
            _ = state.handle(key, now: fixedNow)
        }
        press([.tab], on: &state)
        #expect(state.prompt?.text == "failures ")
        press([.control("u")], on: &state)
        for key in "hub rep".map({ KeyEvent.character($0) }) {
            _ = state.handle(key, now: fixedNow)
        }
        press([.tab], on: &state)
        #expect(state.prompt?.text == "hub reports/")
        #expect(state.flash?.text == "reports/Main  reports/Nightly")
        for key in "N".map({ KeyEvent.character($0) }) {
            _ = state.handle(key, now: fixedNow)
        }
        press([.tab], on: &state)
        #expect(state.prompt?.text == "hub reports/Nightly")
    }

    @Test("a fleet hub's header names the hub first")
    func headerName() {
        #expect(screen(Self.member()).text(ofRow: 0).hasPrefix("orders  h"))
    }
}
