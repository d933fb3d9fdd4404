import DurableAPI

/// Prints pages of instances in one of `list`'s formats. Every format but an aligned table streams: a page is
/// printed as it arrives and then dropped.
struct InstanceListPrinter {
    /// The table's columns: heading and value.
    private static let columns: [(title: String, value: @Sendable (OrchestrationStatus) -> String)] = [
        ("INSTANCE", \.instanceId),
        ("NAME", { $0.name ?? "" }),
        ("STATUS", \.runtimeStatus.name),
        ("CREATED", { DurableDate.format($0.createdTime, style: .wholeSeconds) }),
        ("UPDATED", { DurableDate.format($0.lastUpdatedTime, style: .wholeSeconds) }),
    ]

    let format: ListCommand.Format
    /// Whether a table aligns its columns (on a terminal) instead of separating them with tabs.
    let aligned: Bool
    private var printedAny = false
    private var heldRows: [[String]] = []

    init(format: ListCommand.Format, aligned: Bool) {
        self.format = format
        self.aligned = aligned
    }

    /// Prints (or, for an aligned table, holds) one page.
    mutating func print(_ page: [OrchestrationStatus]) {
        for instance in page {
            switch format {
            case .ids:
                ShellReport.out(HostText.sanitized(instance.instanceId))
            case .jsonl:
                ShellReport.out(ShellReport.jsonLine(instance.json))
            case .json:
                ShellReport.out((printedAny ? "," : "[") + ShellReport.jsonLine(instance.json))
            case .table:
                let cells = Self.columns.map { HostText.sanitized($0.value(instance), limit: 200) }
                if aligned {
                    heldRows.append(cells)
                } else {
                    if !printedAny {
                        ShellReport.out(ShellTable.tabbed(Self.columns.map(\.title)))
                    }
                    ShellReport.out(ShellTable.tabbed(cells))
                }
            }
            printedAny = true
        }
    }

    /// Ends the output: closes the JSON array, or prints the aligned table.
    mutating func finish() {
        switch format {
        case .json:
            ShellReport.out(printedAny ? "]" : "[]")
        case .table where aligned:
            ShellTable.aligned([Self.columns.map(\.title)] + heldRows).forEach(ShellReport.out)
        default:
            break
        }
    }
}
