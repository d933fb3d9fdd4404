import ArgumentParser

/// Prints the rows of `status --all`, trouble first, in one of its formats; each problem's line follows on stderr.
enum FleetReport {
    /// The output formats of `status --all`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// Aligned columns on a terminal, tab-separated when piped.
        case table
        /// One JSON array of the rows.
        case json
        /// One JSON object a line.
        case jsonl
    }

    /// Prints `rows` sorted trouble first; a table aligns when `aligned` (stdout is a terminal).
    static func print(_ rows: [FleetStatusRow], format: Format, aligned: Bool) {
        let sorted = rows.sorted(by: FleetStatusRow.troubleFirst)
        switch format {
        case .table:
            let lines = [FleetStatusRow.titles] + sorted.map(\.cells)
            if aligned {
                ShellTable.aligned(lines).forEach(ShellReport.out)
            } else {
                lines.map(ShellTable.tabbed).forEach(ShellReport.out)
            }
        case .json:
            ShellReport.out(ShellReport.jsonLine(.array(sorted.map(\.json))))
        case .jsonl:
            sorted.forEach { ShellReport.out(ShellReport.jsonLine($0.json)) }
        }
        sorted.compactMap(\.problemLine).forEach { ShellReport.problem(StatusCommand.name, $0) }
    }
}
