/// Fixed and flexible column widths of a table laid out across the screen width.
struct TableColumns {
    /// The start column and width of each column.
    let frames: [(start: Int, width: Int)]

    /// The narrowest a flexible column gets when the screen is narrower than the minimums.
    static let floor = 3

    /// Lays out columns: each has a minimum width and a share of the spare width (0 for fixed columns).
    /// Columns are separated by one space. When the screen is narrower than the minimums, flexible columns give
    /// up width first, largest share first, down to ``floor``.
    init(totalWidth: Int, minimums: [Int], shares: [Int]) {
        let gaps = max(0, minimums.count - 1)
        var widths = minimums
        var deficit = widths.reduce(0, +) + gaps - totalWidth
        let flexible = shares.indices.filter { shares[$0] > 0 }.sorted { shares[$0] > shares[$1] }
        for index in flexible where deficit > 0 {
            let give = min(deficit, max(0, widths[index] - Self.floor))
            widths[index] -= give
            deficit -= give
        }
        let spare = max(0, totalWidth - gaps - widths.reduce(0, +))
        let totalShares = max(1, shares.reduce(0, +))
        var extras = shares.map { spare * $0 / totalShares }
        if let last = flexible.max() {
            extras[last] += spare - extras.reduce(0, +)
        }
        var frames: [(start: Int, width: Int)] = []
        var start = 0
        for index in widths.indices {
            frames.append((start, widths[index] + extras[index]))
            start += widths[index] + extras[index] + 1
        }
        self.frames = frames
    }
}
