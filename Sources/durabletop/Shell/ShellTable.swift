/// How shell commands print a table: columns aligned with two spaces between them on a terminal, one
/// tab-separated line a row when piped. Cells are already sanitized.
enum ShellTable {
    /// One row as a piped line: the cells joined by tabs.
    static func tabbed(_ cells: [String]) -> String {
        cells.joined(separator: "\t")
    }

    /// The rows (the heading first) as aligned lines: each column as wide as its widest cell, the last one
    /// unpadded.
    static func aligned(_ rows: [[String]]) -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index == widths.count {
                    widths.append(0)
                }
                widths[index] = max(widths[index], cell.count)
            }
        }
        return rows.map { row in
            var line = ""
            for (index, cell) in row.enumerated() {
                let last = index == row.count - 1
                line += last ? cell : cell.padding(toLength: widths[index] + 2, withPad: " ", startingAt: 0)
            }
            return line
        }
    }
}
