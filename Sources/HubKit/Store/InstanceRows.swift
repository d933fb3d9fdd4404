import DurableAPI

/// The instances an ``InstanceStore`` holds, found by id and read in slots, in about the order they came.
///
/// Each row has a slot in one array, and the slot of a row that leaves goes to the next that comes. A walk over
/// every row (a re-sort, a filter, the analyses) then reads the slots in order, and the rows' own storage,
/// allocated as their pages were decoded, in about the order it lies in memory. A dictionary's values lie in hash
/// order, and at 100,000 rows most of such a walk was spent waiting on memory.
public struct InstanceRows: Collection, Sendable {
    /// The rows by slot; `nil` for a slot free for the next row.
    private var slots: [OrchestrationStatus?] = []
    /// The slot of each held row, by id.
    private var slotByID: [HashedID: Int] = [:]
    /// The free slots, the latest freed last.
    private var freeSlots: [Int] = []

    /// No rows.
    public init() {}

    /// The number of rows held.
    public var count: Int { slotByID.count }

    /// Whether no row is held.
    public var isEmpty: Bool { slotByID.isEmpty }

    /// The row with this id, if held.
    public subscript(id id: String) -> OrchestrationStatus? {
        slotByID[HashedID(id)].flatMap { slots[$0] }
    }

    /// The first held slot, or ``endIndex``.
    public var startIndex: Int { heldSlot(from: 0) }

    /// The slot after the last.
    public var endIndex: Int { slots.count }

    /// The row in a held slot.
    public subscript(slot: Int) -> OrchestrationStatus {
        guard let row = slots[slot] else {
            preconditionFailure("slot \(slot) holds no row")
        }
        return row
    }

    /// The next held slot after `slot`, or ``endIndex``.
    public func index(after slot: Int) -> Int {
        heldSlot(from: slot + 1)
    }

    /// Holds `row` under its id, in the slot of the row it replaces or in a free one; returns the row it replaced.
    @discardableResult
    mutating func update(_ row: OrchestrationStatus) -> OrchestrationStatus? {
        let key = HashedID(row.instanceId)
        if let slot = slotByID[key] {
            let old = slots[slot]
            slots[slot] = row
            return old
        }
        if let slot = freeSlots.popLast() {
            slots[slot] = row
            slotByID[key] = slot
        } else {
            slotByID[key] = slots.count
            slots.append(row)
        }
        return nil
    }

    /// Lets go of the row with this id; returns it, if it was held.
    @discardableResult
    mutating func remove(id: String) -> OrchestrationStatus? {
        guard let slot = slotByID.removeValue(forKey: HashedID(id)) else {
            return nil
        }
        let row = slots[slot]
        if slotByID.isEmpty {
            slots = []
            freeSlots = []
        } else {
            slots[slot] = nil
            freeSlots.append(slot)
        }
        return row
    }

    /// The first slot from `slot` on that holds a row, or ``endIndex``.
    private func heldSlot(from slot: Int) -> Int {
        var next = slot
        while next < slots.count && slots[next] == nil {
            next += 1
        }
        return next
    }
}
