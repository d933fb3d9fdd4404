import Foundation
import HubKit
import ScreenKit

/// The `:failures` table's columns: one row per failure cluster.
enum FailureTable {
    /// Every column, in display order.
    static let columns: [TableColumn<FailureCluster>] = [
        TableColumn(title: "COUNT", minimum: 5, share: 0, alignment: .right, text: { "\($0.count)" }),
        TableColumn(title: "ORCHESTRATOR", minimum: 13, share: 0, text: \.orchestrator),
        TableColumn(title: "MESSAGE", minimum: 20, share: 1, text: \.message),
        TableColumn(
            title: "FIRST",
            minimum: 7,
            share: 0,
            cell: { row, context in
                Cell(text: context.time(row.firstSeen, relative: true))
            }
        ),
        TableColumn(
            title: "LAST",
            minimum: 7,
            share: 0,
            cell: { row, context in
                Cell(text: context.time(row.lastSeen, relative: true))
            }
        ),
        .sparkline(title: "TREND", minimum: 12, share: 0, style: .statusFailed, histogram: \.occurrences),
    ]

    private typealias Cell = TableColumn<FailureCluster>.Cell
}
