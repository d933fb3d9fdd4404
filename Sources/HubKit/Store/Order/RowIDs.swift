/// The ids of a ``RowOrder``'s rows in display order, read where the order keeps them: no copy of 100,000 ids per
/// tick.
public struct RowIDs: RandomAccessCollection, Sendable {
    /// The keys, in display order.
    let keys: ChunkedKeys
    /// What the keys point to.
    let table: RowTable

    /// No rows.
    public init() {
        keys = ChunkedKeys()
        table = RowTable()
    }

    init(keys: ChunkedKeys, table: RowTable) {
        self.keys = keys
        self.table = table
    }

    /// The first position.
    public var startIndex: Int { 0 }
    /// The position after the last.
    public var endIndex: Int { keys.count }

    /// The id at a position.
    public subscript(position: Int) -> String {
        table[keys[position].slot].id
    }
}
