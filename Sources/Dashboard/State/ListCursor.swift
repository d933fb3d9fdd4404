/// The selected row and the first visible row of a scrolling list.
public struct ListCursor: Hashable, Sendable {
    /// Index of the selected row.
    public private(set) var selected: Int = 0
    /// Index of the first row shown.
    public private(set) var top: Int = 0

    /// Creates a cursor at the first row.
    public init() {}

    /// Moves the selection by `delta` rows within `count` rows, keeping it visible in a page of `pageHeight` rows.
    public mutating func move(by delta: Int, count: Int, pageHeight: Int) {
        select(selected + delta, count: count, pageHeight: pageHeight)
    }

    /// Selects a row (clamped), scrolling so it is visible.
    public mutating func select(_ index: Int, count: Int, pageHeight: Int) {
        selected = max(0, min(index, count - 1))
        clamp(count: count, pageHeight: pageHeight)
    }

    /// Re-clamps after the list or the page changed size.
    public mutating func clamp(count: Int, pageHeight: Int) {
        let height = max(1, pageHeight)
        selected = max(0, min(selected, count - 1))
        if selected < top {
            top = selected
        }
        if selected >= top + height {
            top = selected - height + 1
        }
        top = max(0, min(top, max(0, count - height)))
    }
}
