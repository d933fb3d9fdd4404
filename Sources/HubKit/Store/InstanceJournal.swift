import DurableAPI

/// One row's change: its copy before and after (`nil` when it was not held, or is not any more).
public struct InstanceChange: Sendable {
    /// The row before the change.
    public var old: OrchestrationStatus?
    /// The row after the change.
    public var new: OrchestrationStatus?
}

/// The rows of an ``InstanceStore`` that changed since the journal was last taken, so what stands on the store can
/// follow a tick's change instead of reading every row again.
///
/// Several changes of one row fold into one (its copy before the first, after the last). A journal that grows
/// past a quarter of the rows held (plus a thousand) stops keeping them and says so: reading every row is then as
/// cheap as reading the changes.
public struct InstanceJournal: Sendable {
    /// The changes by id.
    public private(set) var changes: [String: InstanceChange] = [:]
    /// Whether changes were left out because there were too many; a reader must then read every row.
    public private(set) var overflowed = false

    /// An empty journal.
    public init() {}

    /// Whether nothing changed.
    public var isEmpty: Bool { changes.isEmpty && !overflowed }

    /// Folds in the changes of a later journal, for a store now holding `held` rows.
    public mutating func absorb(_ later: InstanceJournal, held: Int) {
        if later.overflowed {
            changes = [:]
            overflowed = true
        }
        for (id, change) in later.changes {
            record(id, old: change.old, new: change.new, held: held)
        }
    }

    /// Records that a row went from `old` to `new`, for a store now holding `held` rows.
    mutating func record(_ id: String, old: OrchestrationStatus?, new: OrchestrationStatus?, held: Int) {
        guard !overflowed else {
            return
        }
        if var known = changes[id] {
            known.new = new
            changes[id] = known.old == nil && new == nil ? nil : known
        } else {
            changes[id] = InstanceChange(old: old, new: new)
        }
        if changes.count > held / 4 + 1_000 {
            changes = [:]
            overflowed = true
        }
    }
}
