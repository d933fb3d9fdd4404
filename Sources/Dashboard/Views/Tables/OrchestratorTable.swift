import DurableAPI
import Foundation
import HubKit
import ScreenKit

/// The `:orchestrators` table's columns: one row per orchestrator name.
enum OrchestratorTable {
    /// Every column, in display order.
    static let columns: [TableColumn<OrchestratorStats>] = [
        TableColumn(title: "NAME", minimum: 12, share: 2, text: \.name),
        TableColumn(title: "TOTAL", minimum: 5, share: 0, alignment: .right, text: { "\($0.total)" }),
        count("RUN", .running),
        count("PEND", .pending),
        count("SUSP", .suspended),
        count("FAIL", .failed),
        count("DONE", .completed),
        TableColumn(
            title: "FAIL%",
            minimum: 5,
            share: 0,
            alignment: .right,
            text: { row in
                row.failureRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
            }
        ),
        TableColumn(
            title: "P50",
            minimum: 5,
            share: 0,
            alignment: .right,
            text: { row in
                row.p50.map(TimeFormat.duration) ?? "-"
            }
        ),
        TableColumn(
            title: "P95",
            minimum: 5,
            share: 0,
            alignment: .right,
            text: { row in
                row.p95.map(TimeFormat.duration) ?? "-"
            }
        ),
        .sparkline(title: "STARTS", minimum: 10, share: 1, style: .statusRunning, histogram: \.starts),
    ]

    /// A column of the count of one status, in that status's style when it is not zero.
    private static func count(_ title: String, _ status: RuntimeStatus) -> TableColumn<OrchestratorStats> {
        .count(title, style: StatusGlyph.style(status)) { $0.count(of: status) }
    }
}
