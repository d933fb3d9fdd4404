import DurableAPI
import Foundation
import Testing

@testable import HubKit

@Suite("Row order carried forward through the store's journal")
struct RowOrderTests {
    /// Rows of a few names and statuses, created over the last day.
    private static func hub(_ count: Int, random: inout SplitMix) -> [OrchestrationStatus] {
        (0..<count).map { index in row("i-\(index)", random: &random) }
    }

    private static let statuses: [RuntimeStatus] = [.running, .pending, .completed, .failed, .terminated, .suspended]
    private static let names = ["ProcessOrder", "ProcessOrderRefundOrchestrator", "Ship", "Bill", "Notify"]

    private static func row(_ id: String, random: inout SplitMix) -> OrchestrationStatus {
        let age = Double(random.next() % 80_000) + 100
        return TestHub.instance(
            id,
            statuses[Int(random.next() % UInt64(statuses.count))],
            name: names[Int(random.next() % UInt64(names.count))],
            age: age,
            updatedAgo: age / 2
        )
    }

    /// What the test orders by: a duration (which follows the clock while running), the creation time (fixed, so
    /// a changed row mostly keeps its place), the creation minute or hour (numbers shared by a few rows or by
    /// hundreds, so ties are sorted in short and long runs), a name (few texts, ranked), a label (forty texts,
    /// ranked: more than the numbering compares one by one), one text for every row, or the id (texts all distinct, ordered by their bytes).
    enum Column: CaseIterable {
        case duration, created, minute, hour, name, label, same, id
    }

    /// Rules that show rows whose id holds no "7" and count rows whose id does not end in "9", ordered by `column`.
    private static func rules(_ column: Column) -> RowRules {
        RowRules(
            isCounted: { !$0.instanceId.hasSuffix("9") },
            isShown: { !$0.instanceId.contains("7") },
            value: { row, now in
                switch column {
                case .duration: .number(InstanceSort.duration(of: row, now: now))
                case .created: .number(row.createdTime.timeIntervalSinceReferenceDate)
                case .minute: .number((row.createdTime.timeIntervalSinceReferenceDate / 60).rounded(.down))
                case .hour: .number((row.createdTime.timeIntervalSinceReferenceDate / 3_600).rounded(.down))
                case .name: .text(row.name ?? "")
                case .same: .text("same")
                case .label: .text("label-\(row.instanceId.utf8.reduce(0) { $0 + Int($1) } % 40)")
                case .id: .text(row.instanceId)
                }
            }
        )
    }

    @Test(
        "carrying an order through changes, removals and a moving clock gives what building it again gives",
        arguments: Column.allCases,
        [false, true]
    )
    func carriedEqualsBuilt(column: Column, descending: Bool) throws {
        var random = SplitMix(seed: 42)
        var store = InstanceStore()
        store.merge(Self.hub(3_000, random: &random), now: TestHub.now, highlight: false)
        _ = store.takeJournal()
        let rules = Self.rules(column)
        var order = RowOrder(store: store, rules: rules, descending: descending, now: TestHub.now)
        for step in 1...20 {
            let now = TestHub.now.addingTimeInterval(Double(step) * 7)
            var changed: [OrchestrationStatus] = []
            for _ in 0..<40 {
                changed.append(Self.row("i-\(random.next() % 3_500)", random: &random))
            }
            store.merge(changed, now: now, highlight: true)
            store.remove((0..<5).map { _ in "i-\(random.next() % 3_500)" })
            let carried = try #require(
                order.updated(by: store.takeJournal(), store: store, rules: rules, now: now)
            )
            let built = RowOrder(store: store, rules: rules, descending: descending, now: now)
            #expect(Array(carried.ids) == Array(built.ids))
            #expect(carried.counts == built.counts)
            order = carried
        }
    }

    @Test(
        "a build orders rows as comparing their values, then their ids, does (ids sharing their first 32 or 40 bytes too)",
        arguments: Column.allCases,
        [false, true]
    )
    func builtEqualsPlainSort(column: Column, descending: Bool) {
        var random = SplitMix(seed: 9)
        var store = InstanceStore()
        let longPrefix = "order-20261130-processing-batch-"
        let rows = (0..<4_000).map { index in
            let id: String
            switch index % 4 {
            case 0: id = "\(longPrefix)\(index % 7)-\(index)"
            case 1: id = "\(longPrefix):child:\(index % 10)"
            case 2: id = "\(longPrefix):child:\(index % 10)\(index)"
            default: id = "order-20261130-\(index % 97)-\(index)"
            }
            return Self.row(id, random: &random)
        }
        store.merge(rows, now: TestHub.now, highlight: false)
        let rules = Self.rules(column)
        let order = RowOrder(store: store, rules: rules, descending: descending, now: TestHub.now)
        let shown = store.rows.filter { rules.isCounted($0) && rules.isShown($0) }
        let expected = shown.sorted { first, second in
            let values = Self.compare(rules.value(first, TestHub.now), rules.value(second, TestHub.now))
            if values != 0 {
                return descending ? values > 0 : values < 0
            }
            return first.instanceId.utf8.lexicographicallyPrecedes(second.instanceId.utf8)
        }
        #expect(Array(order.ids) == expected.map(\.instanceId))
    }

    /// Two sort values compared plainly: numbers by size, texts by their UTF-8 bytes.
    private static func compare(_ first: SortValue, _ second: SortValue) -> Int {
        switch (first, second) {
        case (.number(let one), .number(let other)):
            one == other ? 0 : (one < other ? -1 : 1)
        case (.text(let one), .text(let other)):
            one == other ? 0 : (one.utf8.lexicographicallyPrecedes(other.utf8) ? -1 : 1)
        default:
            0
        }
    }

    @Test("an order holding many copies of rows the store has replaced asks for a build")
    func staleEntriesAskForBuild() throws {
        var random = SplitMix(seed: 3)
        var store = InstanceStore()
        store.merge(Self.hub(8, random: &random), now: TestHub.now, highlight: false)
        _ = store.takeJournal()
        let rules = Self.rules(.created)
        var order: RowOrder? = RowOrder(store: store, rules: rules, descending: true, now: TestHub.now)
        var steps = 0
        while let current = order, steps <= RowOrder.staleAllowance + 8 {
            steps += 1
            var row = try #require(store.rows[id: "i-1"])
            row.customStatus = .number(JSONNumber(steps))
            store.merge([row], now: TestHub.now, highlight: true)
            order = current.updated(by: store.takeJournal(), store: store, rules: rules, now: TestHub.now)
        }
        #expect(order == nil)
        #expect(steps > RowOrder.staleAllowance)
    }

    @Test("an overflowed journal asks for a build")
    func overflowAsksForBuild() {
        var random = SplitMix(seed: 7)
        var store = InstanceStore()
        let rules = Self.rules(.name)
        let order = RowOrder(store: store, rules: rules, descending: false, now: TestHub.now)
        store.merge(Self.hub(2_000, random: &random), now: TestHub.now, highlight: false)
        let journal = store.takeJournal()
        #expect(journal.overflowed)
        #expect(order.updated(by: journal, store: store, rules: rules, now: TestHub.now) == nil)
        #expect(store.takeJournal().isEmpty)
    }

    /// The ids of rows sorted by the values given for them.
    private static func sorted(_ values: [String: SortValue], descending: Bool) -> [String] {
        var store = InstanceStore()
        store.merge(values.keys.map { TestHub.instance($0, .completed, age: 60) }, now: TestHub.now, highlight: false)
        let rules = RowRules(
            isCounted: { _ in true },
            isShown: { _ in true },
            value: { row, _ in values[row.instanceId]! }
        )
        return Array(RowOrder(store: store, rules: rules, descending: descending, now: TestHub.now).ids)
    }

    @Test("ties sort by id; texts and ids compare whole past their first bytes")
    func keysOrder() {
        let long = "ProcessOrderRefundOrchestrator"
        let texts: [String: SortValue] = [
            "b": .text(long + "B"),
            "z": .text(long + "A"),
            "a": .text(long + "B"),
            "order-0000000002": .text(""),
            "order-0000000001": .text(""),
        ]
        #expect(Self.sorted(texts, descending: false) == ["order-0000000001", "order-0000000002", "z", "a", "b"])
        #expect(Self.sorted(texts, descending: true) == ["a", "b", "z", "order-0000000001", "order-0000000002"])
        let prefixes: [String: SortValue] = [
            "order-20261130-00002": .text("Ship"),
            "order-20261130-00001": .text("Ship"),
            "q": .text("Shipping"),
            "r": .text("Sh"),
            "s": .text("ShipmentTrackerAB"),
            "t": .text("ShipmentTrackerA"),
        ]
        #expect(
            Self.sorted(prefixes, descending: false) == [
                "r", "order-20261130-00001", "order-20261130-00002", "t", "s", "q",
            ]
        )
        let numbers: [String: SortValue] = ["m": .number(-3.5), "n": .number(0), "o": .number(2), "p": .number(-0.5)]
        #expect(Self.sorted(numbers, descending: false) == ["m", "p", "n", "o"])
        #expect(Self.sorted(numbers, descending: true) == ["o", "n", "p", "m"])
    }

    @Test("rows leave as the window moves past them, and only they; a re-created row stays")
    func windowLeaves() {
        var store = InstanceStore()
        store.merge(
            [
                TestHub.instance("old", .completed, age: 5_000),
                TestHub.instance("mid", .completed, age: 3_000),
                TestHub.instance("new", .running, age: 100),
                TestHub.instance("moved", .running, age: 4_000),
            ],
            now: TestHub.now,
            highlight: false
        )
        store.merge([TestHub.instance("moved", .running, age: 50)], now: TestHub.now, highlight: true)
        store.remove(["mid"])
        #expect(store.removeCreated(before: TestHub.now.addingTimeInterval(-2_000)) == 1)
        #expect(store.rows.map(\.instanceId).sorted() == ["moved", "new"])
        #expect(store.removeCreated(before: TestHub.now.addingTimeInterval(-2_000)) == 0)
        #expect(store.removeCreated(before: TestHub.now) == 2)
        #expect(store.count == 0)
    }
}

@Suite("Text ranks")
struct TextRanksTests {
    @Test("ranks order as the texts do, new texts among them too, until two neighbours cannot be split")
    func ranks() throws {
        var ranks = TextRanks(["b", "d", "f"])
        var texts = ["b", "d", "f", "a", "c", "e", "g", "cc", "c\u{e9}"]
        for text in texts {
            let rank = ranks.rank(of: text)
            #expect(rank != nil)
        }
        texts.sort { ByteOrder.compare($0, $1) < 0 }
        var ranked: [Double] = []
        for text in texts {
            let rank = ranks.rank(of: text)
            ranked.append(try #require(rank))
        }
        #expect(ranked == ranked.sorted())
        #expect(Set(ranked).count == texts.count)
        var text = "c"
        var exhausted = false
        for _ in 0..<80 where !exhausted {
            text += "a"
            exhausted = ranks.rank(of: text) == nil
        }
        #expect(exhausted)
    }
}

@Suite("Status tally")
struct StatusTallyTests {
    @Test("counts the defined statuses and any other, leaving out a status with none")
    func counts() {
        var tally = StatusTally()
        let statuses: [RuntimeStatus] = [
            .running, .suspended, .running, .unknown("Unknown"), .unknown("Hibernating"), .unknown("Unknown"),
        ]
        for status in statuses {
            tally.add(status)
        }
        #expect(
            tally.counts == [.running: 2, .suspended: 1, .unknown("Unknown"): 2, .unknown("Hibernating"): 1]
        )
    }
}
