import HubKit

/// One scrolling list as the dashboard holds it: the rows it shows (filtered and sorted, by id), the selection and
/// scroll, the `/` filter text, and whether the operator has moved the selection. The instances and entities
/// tables are both one of these, and so is every later list.
public struct ListState<Rows: ListRows> {
    /// A row's id.
    public typealias ID = Rows.Element

    /// The ids of the rows shown, in display order.
    public private(set) var visible = Rows()
    /// The selection and the first row shown.
    public private(set) var cursor = ListCursor()
    /// The `/` filter text (empty for none).
    public internal(set) var filterText = ""
    /// Whether the operator has moved the selection. Until then it stays on the first row while rows arrive;
    /// afterwards it follows the chosen row wherever new rows push it.
    public private(set) var selectionChosen = false

    /// Creates an empty list.
    public init() {}

    /// The id of the selected row, if the list has rows.
    public var selectedID: ID? {
        visible.indices.contains(cursor.selected) ? visible[cursor.selected] : nil
    }

    /// Moves the selection by `delta` rows, keeping it visible in a page of `pageHeight` rows.
    mutating func move(by delta: Int, pageHeight: Int) {
        cursor.move(by: delta, count: visible.count, pageHeight: pageHeight)
        selectionChosen = true
    }

    /// Shows new rows. A selection the operator chose stays on its row if the row is still shown; otherwise the
    /// selection keeps its place.
    mutating func show(_ ids: Rows, pageHeight: Int) {
        let chosen = selectionChosen ? selectedID : nil
        visible = ids
        if let chosen, let index = visible.firstIndex(of: chosen) {
            cursor.select(index, count: visible.count, pageHeight: pageHeight)
        } else {
            cursor.clamp(count: visible.count, pageHeight: pageHeight)
        }
    }

    /// Keeps the selection inside the list after the page changed size.
    mutating func clamp(pageHeight: Int) {
        cursor.clamp(count: visible.count, pageHeight: pageHeight)
    }
}

/// The ids a list shows, in display order: an array, or a view of ids kept elsewhere.
public protocol ListRows: RandomAccessCollection where Index == Int, Element: Hashable {
    /// No rows.
    init()
}

extension ListState: Sendable where Rows: Sendable {}

extension Array: ListRows where Element: Hashable {}

extension RowIDs: ListRows {}
