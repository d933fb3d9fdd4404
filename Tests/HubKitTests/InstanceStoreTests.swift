import DurableAPI
import Foundation
import Testing

@testable import HubKit

@Suite("The instance store: merging, complete listings and the journal")
struct InstanceStoreTests {
    let listed = [
        TestHub.instance("a", .running, age: 60),
        TestHub.instance("b", .completed, age: 120),
    ]

    @Test("a complete listing replaces the store: rows it leaves out are gone, changed rows are updated")
    func replaceAll() {
        var store = InstanceStore()
        store.merge(
            [TestHub.instance("a", .pending, age: 60), TestHub.instance("gone", .failed, age: 30)],
            now: TestHub.now,
            highlight: false
        )
        _ = store.takeJournal()
        let changed = store.replaceAll(listed, now: TestHub.now, highlight: false)
        #expect(changed == 3, "a changed, b new, gone removed")
        #expect(store.rows.map(\.instanceId).sorted() == ["a", "b"])
        #expect(store.rows[id: "a"]?.runtimeStatus == .running)
        let journal = store.takeJournal()
        #expect(journal.changes["gone"].map { $0.new == nil } == true)
    }

    @Test("a listing whose pages were merged as they came only removes what it left out")
    func removeUnlisted() {
        var store = InstanceStore()
        store.merge([TestHub.instance("gone", .failed, age: 30)], now: TestHub.now, highlight: false)
        store.merge(listed, now: TestHub.now, highlight: false)
        _ = store.takeJournal()
        #expect(store.removeUnlisted(listed) == 1)
        #expect(store.rows.map(\.instanceId).sorted() == ["a", "b"])
        let journal = store.takeJournal()
        #expect(journal.changes.keys.sorted() == ["gone"])
        #expect(store.removeUnlisted(listed) == 0, "a second pass finds nothing more to remove")
    }
}
