import DurableAPI
import Testing

@testable import Dashboard
@testable import HubKit

@Suite("Filter and sort")
struct FilterTests {
    let rows = [
        instance("ord-1", name: "ProcessOrder", status: .running, ageSeconds: 10, customStatus: "awaiting approval"),
        instance("ord-2", name: "ShipOrder", status: .failed, ageSeconds: 20),
        instance("pay-3", name: "Payment", status: .completed, ageSeconds: 30),
    ]

    @Test("words are parsed into status, name and free terms")
    func parsing() {
        let filter = InstanceFilter("status:failed,run name:Ship ord")
        #expect(filter.statuses == ["failed", "run"])
        #expect(filter.names == ["ship"])
        #expect(filter.terms == ["ord"])
        #expect(InstanceFilter("  ").isEmpty)
    }

    @Test("free text matches id, name and custom status, case-insensitively")
    func freeText() {
        #expect(rows.filter(InstanceFilter("ORD").matches).count == 2)
        #expect(rows.filter(InstanceFilter("payment").matches).map(\.instanceId) == ["pay-3"])
        #expect(rows.filter(InstanceFilter("approval").matches).map(\.instanceId) == ["ord-1"])
    }

    @Test("status: and name: prefixes narrow by field")
    func prefixes() {
        #expect(rows.filter(InstanceFilter("status:fail").matches).map(\.instanceId) == ["ord-2"])
        #expect(rows.filter(InstanceFilter("status:failed,completed").matches).count == 2)
        #expect(rows.filter(InstanceFilter("name:order status:running").matches).map(\.instanceId) == ["ord-1"])
    }

    @Test("/ applies on Enter, Esc clears it")
    func promptFlow() {
        var state = loadedState(rows)
        press([.character("/")], on: &state)
        type("status:failed", on: &state)
        #expect(Array(state.instanceList.visible) == ["ord-2"])
        #expect(screen(state).text(ofRow: 2).contains("/status:failed"))
        press([.character("/"), .escape], on: &state)
        #expect(state.instanceList.visible.count == 3)
    }

    @Test("Esc on a filtered list clears the filter, and the hint line says so while one is set")
    func escapeClears() {
        var state = loadedState(rows)
        #expect(!screen(state).text.contains("clear filter"))
        press([.character("/")], on: &state)
        type("ord-2", on: &state)
        #expect(screen(state).text(ofRow: 22).hasPrefix("Esc clear filter"))
        press([.escape], on: &state)
        #expect(state.filter.text.isEmpty)
        #expect(state.instanceList.visible.count == 3)
        #expect(state.flash?.text == "filter cleared")
        #expect(!screen(state).text(ofRow: 22).contains("clear filter"))
    }

    @Test("/ starts a fresh filter: a new term replaces the old one instead of being appended to it")
    func freshFilter() {
        var state = loadedState(rows)
        press([.character("/")], on: &state)
        type("ord-2", on: &state)
        #expect(Array(state.instanceList.visible) == ["ord-2"])
        press([.character("/")], on: &state)
        type("pay", on: &state)
        #expect(state.filter.text == "pay")
        #expect(Array(state.instanceList.visible) == ["pay-3"])
    }

    @Test("sort by any column, and reverse")
    func sorting() {
        var state = loadedState(rows)
        #expect(Array(state.instanceList.visible) == ["ord-1", "ord-2", "pay-3"])
        press([.character(">")], on: &state)
        #expect(state.sort.column == .updated)
        press([.character("<"), .character("<"), .character("<")], on: &state)
        #expect(state.sort.column == .name)
        #expect(Array(state.instanceList.visible) == ["ord-2", "ord-1", "pay-3"])
        press([.character("o")], on: &state)
        #expect(Array(state.instanceList.visible) == ["pay-3", "ord-1", "ord-2"])
    }
}
