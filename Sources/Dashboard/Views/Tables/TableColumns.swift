/// Fixed and flexible column widths of a table laid out across the screen width.
struct TableColumns {
    /// The start column and width of each column; a column that gave way has width 0.
    let frames: [(start: Int, width: Int)]

    /// The narrowest a flexible column gets when the screen is narrower than the minimums.
    static let floor = 3

    /// Lays out columns: each has a minimum width and a share of the spare width (0 for fixed columns).
    /// Columns are separated by one space.
    ///
    /// A column may want more than its minimum (`wanted`, the width of its longest text on screen): to give it
    /// that, the columns with a give-way rank leave the screen, rank 1 first, while the screen is too narrow.
    /// When the screen is still narrower than the widths, the wanting column comes down to its minimum, then
    /// flexible columns give up width, largest share first, down to ``floor``. Spare width goes to the flexible
    /// columns that want nothing, by their shares: a wanting column is as wide as its text.
    init(totalWidth: Int, minimums: [Int], shares: [Int], wanted: [Int?], givesWay: [Int?]) {
        var widths = minimums
        for index in widths.indices {
            widths[index] = max(widths[index], wanted[index] ?? 0)
        }
        var shown = Array(repeating: true, count: widths.count)
        func deficit() -> Int {
            var used = -1
            for index in widths.indices where shown[index] {
                used += widths[index] + 1
            }
            return used - totalWidth
        }
        var yielding: [(rank: Int, index: Int)] = []
        for (index, rank) in givesWay.enumerated() {
            if let rank {
                yielding.append((rank, index))
            }
        }
        yielding.sort { $0.rank < $1.rank }
        for column in yielding where deficit() > 0 && widths != minimums {
            shown[column.index] = false
        }
        for index in widths.indices where deficit() > 0 {
            widths[index] -= min(deficit(), widths[index] - minimums[index])
        }
        let flexible = shares.indices.filter { shares[$0] > 0 && shown[$0] }.sorted { shares[$0] > shares[$1] }
        for index in flexible where deficit() > 0 {
            widths[index] -= min(deficit(), max(0, widths[index] - Self.floor))
        }
        let spare = max(0, -deficit())
        let growing = flexible.filter { wanted[$0] == nil }
        var totalShares = 0
        for index in growing {
            totalShares += shares[index]
        }
        var extras = Array(repeating: 0, count: widths.count)
        for index in growing {
            extras[index] = spare * shares[index] / max(1, totalShares)
        }
        if let last = growing.max() {
            extras[last] += spare - extras.reduce(0, +)
        }
        var frames: [(start: Int, width: Int)] = []
        var start = 0
        for index in widths.indices {
            guard shown[index] else {
                frames.append((start, 0))
                continue
            }
            frames.append((start, widths[index] + extras[index]))
            start += widths[index] + extras[index] + 1
        }
        self.frames = frames
    }
}
