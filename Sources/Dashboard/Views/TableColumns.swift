/// Fixed and flexible column widths of a table laid out across the screen width.
struct TableColumns {
    /// The start column and width of each column.
    let frames: [(start: Int, width: Int)]

    /// Lays out columns: each has a minimum width and a share of the spare width (0 for fixed columns).
    /// Columns are separated by one space.
    init(totalWidth: Int, minimums: [Int], shares: [Int]) {
        let gaps = max(0, minimums.count - 1)
        let spare = max(0, totalWidth - gaps - minimums.reduce(0, +))
        let totalShares = max(1, shares.reduce(0, +))
        var frames: [(start: Int, width: Int)] = []
        var start = 0
        var given = 0
        for (index, minimum) in minimums.enumerated() {
            var extra = spare * shares[index] / totalShares
            if index == minimums.count - 1 {
                extra = max(0, spare - given)
            }
            given += extra
            frames.append((start, minimum + extra))
            start += minimum + extra + 1
        }
        self.frames = frames
    }
}
