import DurableAPI
import Foundation

/// A table's shown rows in sort order, with its rows counted per status, built once from the store and then
/// carried forward through the store's journal.
///
/// Building reads every held row and sorts. Carrying forward costs what changed: each row that left or changed is
/// found by its old key in a binary search, the new keys are sorted among themselves and placed by binary search, and
/// only the chunks of ``ChunkedKeys`` that rows leave or join are written again.
/// A row whose key did not change (a running row's update, when the column is its creation time) stays where it is,
/// and a step that moves no row keeps the keys as they are.
/// Rows that are not terminal are keyed again at each step, since their keys may follow the clock.
///
/// A key has no reference in it, so writing a chunk copies memory, not references: its value's
/// ``OrderWords`` (a number's order-preserving bits, a text's rank, or a text's first 32 UTF-8 bytes) and the slot
/// of its row and text in a ``RowTable``. Most comparisons end on the value's words; equal values are ordered by
/// the ids' words, read from the rows, and only equal words read the whole texts. Equal values sort by id,
/// ascending.
public struct RowOrder: Sendable {
    /// A row's place: the words of its value and the slot of its row and text.
    ///
    /// A build makes 100,000 keys in display order, each reading its row's parts from wherever the sort put them;
    /// the id's words are left in the row, where only a comparison of equal values reads them.
    struct Key: Hashable, Sendable {
        /// The value's words.
        let value: OrderWords
        /// Where the row and text are in the table.
        let slot: Int
    }

    /// A row's value and id, to find or place its key.
    struct Probe {
        /// The value's words: a number's, or a text's rank's.
        let value: OrderWords
        /// The id's words.
        let idWords: OrderWords
        /// The value when it is a text.
        let text: String?
        /// The row.
        let row: OrchestrationStatus

        /// The row's id.
        var id: String { row.instanceId }
    }

    /// The shown rows' keys, in display order.
    private var keys: ChunkedKeys
    /// The rows and texts the keys point to; entries of rows that left stay until the order is built again.
    private var table: RowTable
    /// How many times a changed row was placed again in its old slot since the build: each such entry may hold a
    /// copy of the row that the store has since replaced.
    private var replaced: Int
    /// The counted rows per status.
    private var tally: StatusTally
    /// Whether larger values come first.
    public let descending: Bool
    /// When the keys were taken.
    public private(set) var keyedAt: Date
    /// The keys of the shown rows that are not terminal, by id.
    private var moving: [String: Key]
    /// The ranks of a text column's texts when they are few (a name, a status); `nil` for a number column and for
    /// texts that are mostly distinct (ids), which compare by their words.
    private var ranks: TextRanks?

    /// Builds the order of every row `store` holds.
    ///
    /// One pass reads each held row once and puts it and its text in the table, with its id's words and its value
    /// (see ``OrderBuild``). A text column's texts are then ranked when they are few, the rows are sorted, and
    /// each key is made in its chunk.
    public init(store: InstanceStore, rules: RowRules, descending: Bool, now: Date) {
        self.descending = descending
        keyedAt = now
        replaced = 0
        tally = StatusTally()
        var build = OrderBuild(capacity: store.count, limit: store.count / Self.rankedShare)
        let isCounted = rules.isCounted
        let isShown = rules.isShown
        let value = rules.value
        for instance in store.rows where isCounted(instance) {
            tally.add(instance.runtimeStatus)
            if isShown(instance) {
                build.add(instance, value: value(instance, now))
            }
        }
        ranks = build.ranked(share: Self.rankedShare)
        moving = [:]
        moving.reserveCapacity(build.movingPositions.count)
        for position in build.movingPositions {
            moving[build.table[position].id] = build.key(position)
        }
        keys = Self.sorted(build, descending: descending, valuesRepeat: ranks != nil)
        table = build.table
    }

    /// A text column is ranked when it shows at least this many rows per distinct text.
    static let rankedShare = 4

    /// The order is built again once its table holds more entries not shown as they are (rows that left, copies
    /// the store has replaced) than this share of the rows shown, plus ``staleAllowance``: that bounds the rows it
    /// keeps alive for their ids.
    static let staleShare = 4
    /// The entries not shown as they are that any order may hold.
    static let staleAllowance = 4_096

    /// The shown rows' ids, in display order.
    public var ids: RowIDs { RowIDs(keys: keys, table: table) }

    /// The counted rows per status (no entry for a status with none).
    public var counts: [RuntimeStatus: Int] { tally.counts }

    /// The order after the changes of `journal` (taken from `store` since this order was made or last carried
    /// forward) and the clock moving to `now`; `nil` when it cannot follow them (the journal overflowed, a row that
    /// left or moved is not where its key says, a new text cannot be ranked, or the table holds too many entries not
    /// shown as they are), and the order must be built again.
    public func updated(by journal: InstanceJournal, store: InstanceStore, rules: RowRules, now: Date) -> RowOrder? {
        let stale = table.count - keys.count + replaced
        guard !journal.overflowed, stale <= keys.count / Self.staleShare + Self.staleAllowance else {
            return nil
        }
        let ordering = ordering
        var next = self
        var leaving: [Key] = []
        var arriving: [Key] = []
        for (id, change) in journal.changes {
            var left: Key?
            if let old = change.old, rules.isCounted(old) {
                next.tally.adjust(old.runtimeStatus, by: -1)
                if rules.isShown(old) {
                    left = next.moving.removeValue(forKey: id)
                    if left == nil, let probe = next.probe(rules.value(old, keyedAt), row: old) {
                        left = find(probe, by: ordering)
                    }
                    guard left != nil else {
                        return nil
                    }
                }
            }
            var arrived: Key?
            if let new = change.new, rules.isCounted(new) {
                next.tally.add(new.runtimeStatus)
                if rules.isShown(new) {
                    guard let probe = next.probe(rules.value(new, now), row: new) else {
                        return nil
                    }
                    let key = next.place(probe, reusing: left)
                    if let left, key.slot == left.slot {
                        next.replaced += 1
                    }
                    arrived = key
                    if !new.runtimeStatus.isTerminal {
                        next.moving[id] = key
                    }
                }
            }
            if arrived != left {
                if let left {
                    leaving.append(left)
                }
                if let arrived {
                    arriving.append(arrived)
                }
            }
        }
        for (id, key) in next.moving where journal.changes[id] == nil {
            guard let row = store.rows[id: id] else {
                return nil
            }
            guard let probe = next.probe(rules.value(row, now), row: row) else {
                return nil
            }
            if ordering.compare(probe, key) != 0 {
                leaving.append(key)
                let fresh = next.place(probe, reusing: key)
                arriving.append(fresh)
                next.moving[id] = fresh
            }
        }
        if !leaving.isEmpty || !arriving.isEmpty {
            guard let positions = positions(of: leaving, by: ordering) else {
                return nil
            }
            let nextOrdering = next.ordering
            arriving.sort { nextOrdering.precedes($0, $1) }
            let insertions = arriving.map { key in
                (place: firstPosition { !nextOrdering.precedes($0, key) }, key: key)
            }
            next.keys = keys.edited(removing: positions, inserting: insertions)
        }
        next.keyedAt = now
        return next
    }

    /// What a row and its value make to find or place its key; `nil` when the ranks have no room left for a new
    /// text.
    private mutating func probe(_ value: SortValue, row: OrchestrationStatus) -> Probe? {
        guard let keyed = Self.keyed(value, ranks: &ranks) else {
            return nil
        }
        return Probe(value: keyed.words, idWords: row.instanceIdWords, text: keyed.text, row: row)
    }

    /// The words a value is keyed by, with its text: a number's bits; a text's rank when the column is ranked (a
    /// new text ranked between its neighbours), else the text's own words. `nil` when the ranks have no room left
    /// for a new text.
    private static func keyed(_ value: SortValue, ranks: inout TextRanks?) -> (words: OrderWords, text: String?)? {
        switch value {
        case .number(let number):
            return (OrderWords(number: number), nil)
        case .text(let text):
            guard ranks != nil else {
                return (OrderWords(text: text), text)
            }
            guard let rank = ranks?.rank(of: text) else {
                return nil
            }
            return (OrderWords(number: rank), text)
        }
    }

    /// A key for a row: in the slot of the row's previous key when that holds the same id and text, else with the
    /// row and its text put in the table.
    private mutating func place(_ probe: Probe, reusing previous: Key? = nil) -> Key {
        let slot: Int
        if let previous, table[previous.slot].id == probe.id, table[previous.slot].text == probe.text {
            slot = previous.slot
        } else {
            slot = table.append(RowTable.Entry(row: probe.row, text: probe.text))
        }
        return Key(value: probe.value, slot: slot)
    }

    /// How this order compares keys, as a value of its own: a sort's comparisons then borrow the table instead of
    /// copying the whole order each time.
    private var ordering: KeyOrdering { KeyOrdering(table: table, descending: descending) }

    /// The key of the row `probe` describes, if the order holds it.
    private func find(_ probe: Probe, by ordering: KeyOrdering) -> Key? {
        let index = firstPosition { ordering.compare(probe, $0) <= 0 }
        guard index < keys.count, ordering.compare(probe, keys[index]) == 0 else {
            return nil
        }
        return keys[index]
    }

    /// The positions of `leaving` in ``keys``, ascending; `nil` when one is missing or named twice.
    private func positions(of leaving: [Key], by ordering: KeyOrdering) -> [Int]? {
        var positions: [Int] = []
        positions.reserveCapacity(leaving.count)
        for key in leaving {
            let index = firstPosition { !ordering.precedes($0, key) }
            guard index < keys.count, keys[index] == key else {
                return nil
            }
            positions.append(index)
        }
        positions.sort()
        for (index, position) in positions.enumerated() where index > 0 && positions[index - 1] == position {
            return nil
        }
        return positions
    }

    /// The first position whose key satisfies `isAtOrAfter`, which holds for every key from some position on
    /// (binary search).
    private func firstPosition(where isAtOrAfter: (Key) -> Bool) -> Int {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrAfter(keys[middle]) {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low
    }
}
