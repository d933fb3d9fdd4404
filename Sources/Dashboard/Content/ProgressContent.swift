import HubKit
import ScreenKit

/// The lines of the progress panel: the summary, then `state  target` per row, then what Esc does.
enum ProgressContent {
    /// The panel's lines for a run.
    static func lines(_ progress: BulkProgress) -> [TextLine] {
        var lines = [
            TextLine(
                text: progress.summary + (progress.isFinished ? "" : " \u{2026}"),
                style: progress.isFinished ? .helpSection : .flashInfo,
                indent: 1
            )
        ]
        for row in progress.rows {
            let target = row.target ?? progress.plan.request.action.title
            lines.append(
                TextLine(
                    text: marker(row.state) + " " + target + "  " + row.state.text,
                    style: style(row.state),
                    indent: 1
                )
            )
        }
        let closing = progress.isFinished ? "Esc closes" : "Esc cancels what is not sent yet"
        lines.append(TextLine(text: closing, style: .hintLabel, indent: 1))
        return lines
    }

    private static func marker(_ state: BulkProgress.RowState) -> String {
        switch state {
        case .pending: "·"
        case .running: "»"
        case .done: "✓"
        case .failed: "✗"
        case .unanswered: "?"
        case .cancelled: "-"
        }
    }

    private static func style(_ state: BulkProgress.RowState) -> StyleName {
        switch state {
        case .pending, .cancelled: .tableDim
        case .running: .statusRunning
        case .done: .statusCompleted
        case .failed, .unanswered: .statusFailed
        }
    }
}
