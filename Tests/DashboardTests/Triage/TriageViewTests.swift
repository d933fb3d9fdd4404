import DurableAPI
import Foundation
import HubKit
import Testing

@testable import Dashboard
@testable import ScreenKit

@Suite("Triage views")
struct TriageViewTests {
    /// The troubled hub with a `:` command typed.
    private static func opened(_ command: String) -> DashboardState {
        var state = loadedState(TroubledHub.instances)
        type(command, on: &state)
        return state
    }

    /// The rows of a screen from the first table row down, trailing blanks cut.
    private func rows(_ grid: Grid, count: Int) -> [String] {
        (4..<(4 + count)).map {
            grid.text(ofRow: $0).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }
    }

    @Test(":failures at 80×24: biggest cluster first, one-offs alone, counts, times and a sparkline")
    func failuresAt80() {
        let state = Self.opened(":failures")
        let grid = screen(state)
        #expect(grid.text(ofRow: 2).contains("9 failed in 3 clusters"))
        #expect(grid.text(ofRow: 3).hasPrefix("COUNT ORCHESTRATOR"))
        let lines = rows(grid, count: 4)
        #expect(lines[0].hasPrefix("    6 ProcessOrder"))
        #expect(lines[0].contains("6m ago"))
        #expect(lines[1].hasPrefix("    2 ShipOrder"))
        #expect(lines[2].hasPrefix("    1 AuditTrail"))
        #expect(lines[3].isEmpty)
        #expect(grid[4, 0].style == .tableSelected)
        #expect(lines[0].contains("\u{2588}"))
        #expect(
            grid.text(ofRow: 19).hasPrefix(" ProcessOrder \u{00D7}6: The activity function 'ChargeCard' failed: \"Card")
        )
        #expect(
            grid.text(ofRow: 20).trimmingCharacters(in: .whitespaces).hasPrefix("for order <n>\". See the function")
        )
        #expect(grid.text(ofRow: 21).hasPrefix(" latest: Orchestrator function 'ProcessOrder' failed: The activity"))
    }

    @Test(":failures at 120×40 shows the normalised message: variable parts are placeholders, the words stay")
    func failuresAt120() {
        let state = Self.opened(":failures")
        let grid = screen(state, columns: 120, rows: 40)
        let lines = rows(grid, count: 3)
        #expect(lines[0].contains("ChargeCard"))
        #expect(!lines[0].contains("1001"))
        #expect(lines[1].contains("Timeout of <n> ms exceeded calling https://carrier"))
        #expect(!lines[1].contains("5d0f6c1e"))
    }

    @Test(
        "Enter on a cluster lists just its instances, titled by the cluster; marks and bulk actions work; Esc returns"
    )
    func clusterScope() {
        var state = Self.opened(":failures")
        press([.enter], on: &state)
        #expect(state.current == .instances)
        #expect(state.instanceList.visible.count == 6)
        #expect(state.instanceList.visible.allSatisfy { $0.hasPrefix("order-") })
        let grid = screen(state)
        #expect(grid.text(ofRow: 2).hasPrefix("failures \u{203A} instances  cluster ProcessOrder"))
        #expect(grid.text(ofRow: 22).hasPrefix("Esc back  Enter open"))
        press([.character("a"), .character("W")], on: &state)
        guard case .dialog(let dialog) = state.mode else {
            Issue.record("no dialog: \(state.mode)")
            return
        }
        #expect(dialog.targets.ids.count == 6)
        press([.escape, .character("u"), .escape], on: &state)
        #expect(state.current == .failures)
        #expect(state.instanceScope == nil)
        type(":instances", on: &state)
        #expect(state.instanceList.visible.count == TroubledHub.instances.count)
    }

    @Test(":attention at 80×24 lists each trouble with its reason, and never a healthy instance")
    func attentionAt80() {
        let state = Self.opened(":attention")
        let grid = screen(state)
        let ids = state.attentionList.visible
        #expect(Set(ids) == Set((1...6).map { "order-\($0)" } + ["legacy-1", "hello-stuck", "approval-1"]))
        let text = grid.text
        #expect(text.contains("burst: 6 failures"))
        #expect(text.contains("Pending 2h"))
        #expect(text.contains("never started"))
        #expect(text.contains("no update for 3h"))
        #expect(text.contains("Suspended for 5h"))
        #expect(!text.contains("approval-2"))
        #expect(grid.text(ofRow: 0).hasSuffix("9 need attention (:a)"))
    }

    @Test(":attention at 120×40; Enter opens the instance, y copies its id, and actions apply to the row")
    func attentionAt120() {
        var state = Self.opened(":a")
        let grid = screen(state, columns: 120, rows: 40)
        #expect(grid.text(ofRow: 3).contains("REASON"))
        let selected = state.attentionList.selectedID
        #expect(state.handle(.character("y"), now: fixedNow) == selected.map { [.copy($0)] })
        press([.character("W")], on: &state)
        guard case .dialog(let dialog) = state.mode else {
            Issue.record("no dialog: \(state.mode)")
            return
        }
        #expect(dialog.targets.ids == selected.map { [$0] })
        press([.escape, .enter], on: &state)
        guard case .instanceDetail(let detail) = state.current else {
            Issue.record("not in the detail: \(state.current)")
            return
        }
        #expect(detail.instanceID == selected)
    }

    @Test("the attention count shows in the header of every view")
    func headerCount() {
        var state = loadedState(TroubledHub.instances)
        #expect(screen(state).text(ofRow: 0).hasSuffix("9 need attention (:a)"))
        type(":entities", on: &state)
        #expect(screen(state).text(ofRow: 0).hasSuffix("9 need attention (:a)"))
        #expect(!screen(loadedState([instance("calm")])).text(ofRow: 0).contains("attention"))
    }

    @Test(":orchestrators at 80×24 and 120×40: counts, failure rate, p50/p95; Enter filters the list to the name")
    func orchestrators() {
        var state = Self.opened(":orchestrators")
        let grid = screen(state)
        #expect(grid.text(ofRow: 3).hasPrefix("NAME"))
        #expect(grid.text(ofRow: 3).contains("FAIL%"))
        let hello = grid.text.split(separator: "\n").first { $0.hasPrefix("HelloSeq") }
        #expect(hello?.contains("   21 ") == true)
        #expect(hello?.contains("10s") == true)
        let wide = screen(state, columns: 120, rows: 40)
        let ship = wide.text.split(separator: "\n").first { $0.hasPrefix("ShipOrder") }
        #expect(ship?.contains("100%") == true)
        while state.orchestratorList.selectedID != "HelloSequence" {
            press([.down], on: &state)
        }
        press([.enter], on: &state)
        #expect(state.instanceScope == .orchestrator("HelloSequence"))
        #expect(state.instanceList.visible.count == 21)
        #expect(screen(state).text(ofRow: 2).contains("orchestrator HelloSequence"))
    }

    @Test("/ filters a triage list; Esc clears it")
    func filter() {
        var state = Self.opened(":f")
        press([.character("/")], on: &state)
        type("ship", on: &state)
        #expect(state.failureList.visible.map(\.orchestrator) == ["ShipOrder"])
        press([.escape], on: &state)
        #expect(state.failureList.visible.count == 3)
    }
}
