import DurableAPI
import Foundation
import HubKit
import ScreenKit

/// The fleet overview's columns: one row per task hub.
enum FleetTable {
    /// Every column, in display order.
    static let columns: [TableColumn<FleetRow>] = [
        TableColumn(title: "NAME", minimum: 8, share: 0, fitsText: true, cell: { row, _ in Cell(text: nameText(row)) }),
        TableColumn(
            title: "HOST",
            minimum: 10,
            share: 2,
            givesWay: 1,
            cell: { row, _ in Cell(text: row.host) }
        ),
        TableColumn(
            title: "HUB",
            minimum: 6,
            share: 1,
            givesWay: 2,
            fitsText: true,
            cell: { row, _ in Cell(text: row.taskHub ?? "-", style: row.taskHub == nil ? .tableDim : nil) }
        ),
        count("RUN", .running),
        count("PEND", .pending),
        count("SUSP", .suspended),
        count("FAIL", .failed),
        count("DONE", .completed),
        number("F/1H", style: .statusFailed) { $0.failuresLastHour },
        number("ATTN", style: .headerAttention) { $0.attention },
        TableColumn(title: "DATA", minimum: 11, share: 1, cell: { row, context in data(row.summary, context) }),
    ]

    private typealias Cell = TableColumn<FleetRow>.Cell

    /// A row's name, with `[RO]` when its connection is read-only.
    private static func nameText(_ row: FleetRow) -> String {
        row.readOnly ? row.name + " [RO]" : row.name
    }

    /// A column of the count of one status, in that status's style when it is not zero; blank before the first
    /// answer.
    private static func count(_ title: String, _ status: RuntimeStatus) -> TableColumn<FleetRow> {
        number(title, style: StatusGlyph.style(status)) { $0.counts[status] ?? 0 }
    }

    /// A column of one number of the summary, in `style` when it is not zero; blank before the first answer.
    private static func number(
        _ title: String,
        style: StyleName,
        _ value: @escaping @Sendable (HubSummary) -> Int
    ) -> TableColumn<FleetRow> {
        .count(title, style: style) { row in
            row.summary.lastSuccess == nil ? nil : value(row.summary)
        }
    }

    /// How fresh the hub's data is, or the problem in words: `3s ago`, `unreachable`, `loading 1,200`.
    private static func data(_ summary: HubSummary, _ context: CellContext) -> Cell {
        if let problem = summary.problem {
            return Cell(text: problem.words, style: .headerStale)
        }
        if let count = summary.loadingCount {
            return Cell(text: "loading " + FooterView.formatted(count), style: .tableDim)
        }
        guard let success = summary.lastSuccess else {
            return Cell(text: "connecting\u{2026}", style: .tableDim)
        }
        return Cell(text: TimeFormat.relative(success, now: context.now))
    }
}
