extension DashboardCommand {
    /// The README's table of `:` commands, generated from ``all`` (a test keeps the README in step).
    static func markdownTable() -> String {
        var lines = ["| command | meaning |", "|---|---|"]
        for command in all {
            let spellings = command.usage.components(separatedBy: "  ").filter { !$0.isEmpty }
            let names = spellings.map { "`" + $0.replacingOccurrences(of: "|", with: "\\|") + "`" }
            lines.append("| \(names.joined(separator: ", ")) | \(command.meaning) |")
        }
        return lines.joined(separator: "\n")
    }
}
