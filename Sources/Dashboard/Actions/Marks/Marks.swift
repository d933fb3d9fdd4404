/// The marked rows of a table: the set bulk actions apply to.
///
/// Marks are kept by id, so they follow rows through re-sorting and refreshes; ``targets(in:)`` lists the
/// marked ids in the table's current order.
public struct Marks: Hashable, Sendable {
    /// The marked ids.
    public private(set) var ids: Set<String> = []
    /// The row the last toggle or range started from, for ranges.
    public private(set) var anchor: String?

    /// Creates an empty set of marks.
    public init() {}

    /// Whether no row is marked.
    public var isEmpty: Bool { ids.isEmpty }

    /// The number of marked rows.
    public var count: Int { ids.count }

    /// Whether `id` is marked.
    public func contains(_ id: String) -> Bool {
        ids.contains(id)
    }

    /// Marks `id`, or unmarks it when it was marked (Space); it becomes the anchor of the next range.
    public mutating func toggle(_ id: String) {
        if ids.remove(id) == nil {
            ids.insert(id)
        }
        anchor = id
    }

    /// Marks every row of `visible` between the anchor and `id`, both included (the anchor is `id` itself
    /// when it is not visible any more).
    public mutating func markRange(to id: String, in visible: [String]) {
        guard let end = visible.firstIndex(of: id) else {
            return
        }
        let start = anchor.flatMap { visible.firstIndex(of: $0) } ?? end
        for index in min(start, end)...max(start, end) {
            ids.insert(visible[index])
        }
        anchor = id
    }

    /// Unmarks `id` (a purged row).
    public mutating func remove(_ id: String) {
        ids.remove(id)
    }

    /// Marks every visible row.
    public mutating func markAll(_ visible: [String]) {
        for id in visible {
            ids.insert(id)
        }
    }

    /// Unmarks every id `isHeld` rejects (rows the table no longer holds); the anchor goes with its row.
    public mutating func keepOnly(where isHeld: (String) -> Bool) {
        ids = ids.filter(isHeld)
        if let anchor, !isHeld(anchor) {
            self.anchor = nil
        }
    }

    /// Unmarks everything.
    public mutating func clear() {
        ids = []
        anchor = nil
    }

    /// The marked ids in `visible` order, followed by marked ids no longer visible (sorted), so a filter never
    /// silently drops a mark.
    public func targets(in visible: some Sequence<String>) -> [String] {
        var result: [String] = []
        var listed = Set<String>()
        for id in visible where ids.contains(id) {
            result.append(id)
            listed.insert(id)
        }
        result += ids.subtracting(listed).sorted()
        return result
    }
}
