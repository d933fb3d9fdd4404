import Foundation
import HubKit
import ScreenKit

/// The `:attention` table's columns: one row per instance that needs a human, with its reason (which says for how
/// long).
enum AttentionTable {
    /// Every column, in display order.
    static let columns: [TableColumn<AttentionItem>] = [
        TableColumn(
            title: "INSTANCE",
            minimum: 18,
            share: 1,
            ellipsis: .middle,
            cell: { row, context in
                Cell(text: InstanceTable.markedID(row.instanceID, isMarked: context.isMarked))
            }
        ),
        TableColumn(title: "NAME", minimum: 10, share: 0, text: \.orchestrator),
        TableColumn(
            title: "STATUS",
            minimum: 12,
            share: 0,
            cell: { row, _ in
                Cell(text: StatusGlyph.label(row.runtimeStatus), style: StatusGlyph.style(row.runtimeStatus))
            }
        ),
        TableColumn(
            title: "REASON",
            minimum: 20,
            share: 5,
            cell: { row, context in
                Cell(text: row.reason.text(now: context.now))
            }
        ),
    ]

    private typealias Cell = TableColumn<AttentionItem>.Cell
}
