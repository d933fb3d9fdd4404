extension Array {
    /// The first position whose element does not come before `element`, in an array sorted by
    /// `areInIncreasingOrder` (binary search).
    func sortedPosition(of element: Element, by areInIncreasingOrder: (Element, Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if areInIncreasingOrder(self[middle], element) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    /// Inserts `element` where it keeps the array sorted by `areInIncreasingOrder`.
    mutating func insert(sorted element: Element, by areInIncreasingOrder: (Element, Element) -> Bool) {
        insert(element, at: sortedPosition(of: element, by: areInIncreasingOrder))
    }
}

extension Array where Element: Equatable {
    /// Removes one element equal to `element` from an array sorted by `areInIncreasingOrder`; says whether there
    /// was one.
    @discardableResult
    mutating func remove(sorted element: Element, by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        var position = sortedPosition(of: element, by: areInIncreasingOrder)
        while position < count && !areInIncreasingOrder(element, self[position]) {
            if self[position] == element {
                remove(at: position)
                return true
            }
            position += 1
        }
        return false
    }
}
