import DurableAPI

/// The order of a ``RowOrder``'s keys: values in its direction, then ids ascending, read from the words of each and
/// from the table's rows and texts only when the words tie.
struct KeyOrdering {
    /// The rows and texts the keys point to, by slot.
    let table: RowTable
    /// Whether larger values come first.
    let descending: Bool

    /// Whether `first` sorts before `second`.
    func precedes(_ first: RowOrder.Key, _ second: RowOrder.Key) -> Bool {
        order(first.value, { table.idWords(at: first.slot) }, second) { table[first.slot] } < 0
    }

    /// The order of a row described by `probe` against a key: negative when the row sorts before it.
    func compare(_ probe: RowOrder.Probe, _ key: RowOrder.Key) -> Int {
        order(probe.value, { probe.idWords }, key) { RowTable.Entry(row: probe.row, text: probe.text) }
    }

    /// The order of a row (its value's words, its id's words when the values tie, and its id and text when the
    /// words tie) against a key.
    private func order(
        _ value: OrderWords,
        _ id: () -> OrderWords,
        _ key: RowOrder.Key,
        entry: () -> RowTable.Entry
    ) -> Int {
        var valueOrder = OrderWords.order(value, key.value)
        if valueOrder == nil {
            valueOrder = ByteOrder.compare(entry().text ?? "", table[key.slot].text ?? "")
        }
        if let valueOrder, valueOrder != 0 {
            return descending ? -valueOrder : valueOrder
        }
        return OrderWords.order(id(), table.idWords(at: key.slot))
            ?? ByteOrder.compare(entry().id, table.id(at: key.slot))
    }
}
