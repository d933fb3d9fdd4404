import DurableAPI

extension RowOrder {
    /// `keys` in the order of `ordering`.
    ///
    /// A key is eleven words, and sorting 100,000 of them directly spends most of its time moving them. So each
    /// key's leading words and its position are sorted first: its value's leading word and, when every value is
    /// one word (`wordValues`: a number, or a text's rank), its id's leading word too. The keys are then put in that
    /// order, and only runs whose leading words tie are sorted again by the whole ordering.
    static func sorted(_ keys: [Key], by ordering: KeyOrdering, wordValues: Bool) -> [Key] {
        var leads: [Lead] = []
        leads.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() {
            let value = ordering.descending ? ~key.value.leading : key.value.leading
            leads.append(Lead(value: value, id: wordValues ? key.id.leading : 0, position: position))
        }
        leads.sort { $0.value != $1.value ? $0.value < $1.value : $0.id < $1.id }
        var result: [Key] = []
        result.reserveCapacity(keys.count)
        for lead in leads {
            result.append(keys[lead.position])
        }
        var start = 0
        while start < result.count {
            var end = start + 1
            while end < result.count && leads[end].value == leads[start].value && leads[end].id == leads[start].id {
                end += 1
            }
            if end - start > 1 {
                result[start..<end].sort { ordering.precedes($0, $1) }
            }
            start = end
        }
        return result
    }

    /// A key's leading words and its position, as ``RowOrder/sorted(_:by:wordValues:)`` sorts them.
    private struct Lead {
        /// The value's leading word, inverted when larger values come first.
        let value: UInt64
        /// The id's leading word, or zero when the value words alone do not decide the value.
        let id: UInt64
        /// The key's position.
        let position: Int
    }
}
