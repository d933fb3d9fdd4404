import DurableAPI
import Testing

@testable import HubKit

@Suite("The held rows: found by id, read in slots, slots reused")
struct InstanceRowsTests {
    @Test("rows are read in the order they came, and a row that changes keeps its place")
    func readsInArrivalOrder() {
        var rows = InstanceRows()
        for id in ["c", "a", "b"] {
            #expect(rows.update(TestHub.instance(id, .running, age: 60)) == nil)
        }
        let replaced = rows.update(TestHub.instance("a", .completed, age: 60))
        #expect(replaced?.runtimeStatus == .running)
        #expect(rows.map(\.instanceId) == ["c", "a", "b"])
        #expect(rows[id: "a"]?.runtimeStatus == .completed)
        #expect(rows.count == 3)
    }

    @Test("a row that leaves frees its slot for the next, and the walk skips the free slots")
    func reusesFreeSlots() {
        var rows = InstanceRows()
        for id in ["a", "b", "c", "d"] {
            rows.update(TestHub.instance(id, .running, age: 60))
        }
        #expect(rows.remove(id: "b")?.instanceId == "b")
        #expect(rows.remove(id: "d")?.instanceId == "d")
        #expect(rows.remove(id: "b") == nil, "a row is let go once")
        #expect(rows.map(\.instanceId) == ["a", "c"])
        #expect(rows[id: "b"] == nil)
        rows.update(TestHub.instance("e", .pending, age: 10))
        rows.update(TestHub.instance("f", .pending, age: 10))
        #expect(rows.map(\.instanceId) == ["a", "f", "c", "e"], "the latest freed slot is taken first")
        #expect(rows.count == 4)
    }

    @Test("letting go of every row leaves nothing to walk")
    func emptiesCompletely() {
        var rows = InstanceRows()
        rows.update(TestHub.instance("a", .running, age: 60))
        rows.update(TestHub.instance("b", .running, age: 60))
        rows.remove(id: "a")
        rows.remove(id: "b")
        #expect(rows.isEmpty)
        #expect(rows.startIndex == rows.endIndex)
        rows.update(TestHub.instance("c", .running, age: 60))
        #expect(rows.map(\.instanceId) == ["c"])
    }
}
