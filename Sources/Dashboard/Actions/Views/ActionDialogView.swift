import ScreenKit

/// Draws an ``ActionDialog`` as a box over the current view: title, the exact targets, the skipped rows, the
/// fields, what is still wrong, and the Cancel and confirm buttons.
public enum ActionDialogView {
    /// The most target ids listed one per line before the rest are counted.
    static let listedTargets = 5

    /// Draws the dialog into `grid`, centred, and places the terminal cursor in the focused field. Its keys are on
    /// the hint line below it.
    public static func draw(_ dialog: ActionDialog, into grid: inout Grid) {
        let width = min(grid.size.columns - 2, 76)
        let left = max(0, (grid.size.columns - width) / 2)
        var lines = headLines(dialog)
        let fieldTop = lines.count
        for _ in dialog.fields {
            lines.append(("", .dialog))
        }
        lines.append(("", .dialog))
        if let message = dialog.refusal ?? dialog.problem {
            lines.append(("! " + message, .flashWarn))
        } else {
            lines.append(("", .dialog))
        }
        lines.append(("", .dialog))
        let buttonRow = lines.count
        lines.append(("", .dialog))
        let top = max(1, (grid.size.rows - lines.count - 2) / 2)
        drawFrame(into: &grid, top: top, left: left, width: width, height: lines.count + 2)
        for (offset, line) in lines.enumerated() {
            grid.put(line.0, row: top + 1 + offset, column: left + 2, style: line.1, width: width - 4, ellipsis: .end)
        }
        grid.cursor = nil
        for (index, field) in dialog.fields.enumerated() {
            drawField(
                field,
                focused: dialog.focus == .field(index),
                row: top + 1 + fieldTop + index,
                left: left + 2,
                width: width - 4,
                into: &grid
            )
        }
        drawButtons(dialog, row: top + 1 + buttonRow, left: left + 2, width: width - 4, into: &grid)
    }

    /// The title, the targets and the skipped rows.
    static func headLines(_ dialog: ActionDialog) -> [(String, StyleName)] {
        var lines: [(String, StyleName)] = [(dialog.title, .helpSection)]
        let ids = dialog.targets.ids
        if !ids.isEmpty {
            if ids.count <= listedTargets {
                for id in ids {
                    lines.append(("  " + id, .dialog))
                }
            } else {
                for id in ids.prefix(listedTargets - 1) {
                    lines.append(("  " + id, .dialog))
                }
                lines.append(("  … and \(ids.count - listedTargets + 1) more", .dialog))
            }
        }
        if !dialog.targets.skipped.isEmpty {
            let names = dialog.targets.skipped.prefix(3).map { "\($0.id) (\($0.reason))" }
            let more = dialog.targets.skipped.count > 3 ? ", …" : ""
            lines.append(
                ("Skipped \(dialog.targets.skipped.count): " + names.joined(separator: ", ") + more, .tableDim)
            )
        }
        switch dialog.dryRun {
        case .counting:
            lines.append(("Counting what this filter matches…", .flashInfo))
        case .counted(_, let count):
            lines.append(("Dry run: \(count) instance\(count == 1 ? "" : "s") would be purged", .flashWarn))
        case .failed(let message):
            lines.append(("Dry run failed: " + message, .flashError))
        case .notCounted:
            break
        }
        lines.append(("", .dialog))
        return lines
    }

    private static func drawFrame(into grid: inout Grid, top: Int, left: Int, width: Int, height: Int) {
        for row in top..<min(grid.size.rows, top + height) {
            grid.fill(row: row, column: left, width: width, style: .dialog)
            let edge = row == top || row == top + height - 1
            let corner = row == top ? "┌" : "└"
            let rightCorner = row == top ? "┐" : "┘"
            if edge {
                grid.put(corner, row: row, column: left, style: .dialog)
                grid.put(
                    String(repeating: "─", count: max(0, width - 2)),
                    row: row,
                    column: left + 1,
                    style: .dialog
                )
                grid.put(rightCorner, row: row, column: left + width - 1, style: .dialog)
            } else {
                grid.put("│", row: row, column: left, style: .dialog)
                grid.put("│", row: row, column: left + width - 1, style: .dialog)
            }
        }
    }

    private static func drawField(
        _ field: DialogField,
        focused: Bool,
        row: Int,
        left: Int,
        width: Int,
        into grid: inout Grid
    ) {
        let label = field.label + ": "
        let start = grid.put(label, row: row, column: left, style: .detailLabel)
        let boxWidth = max(1, left + width - start)
        let text = Array(field.input.text)
        let scroll = max(0, field.input.cursor - boxWidth + 1)
        let shown = String(text[min(scroll, text.count)...])
        grid.put(shown, row: row, column: start, style: focused ? .dialogButtonFocus : .prompt, width: boxWidth)
        if focused {
            grid.cursor = GridPosition(
                row: row,
                column: start + DisplayWidth.columns(of: String(text[scroll..<field.input.cursor]))
            )
        }
    }

    private static func drawButtons(_ dialog: ActionDialog, row: Int, left: Int, width: Int, into grid: inout Grid) {
        let cancel = "[ Cancel ]"
        let confirm = "[ \(dialog.confirmLabel) ]"
        let total = DisplayWidth.columns(of: cancel) + 2 + DisplayWidth.columns(of: confirm)
        let start = left + max(0, (width - total) / 2)
        let after = grid.put(
            cancel,
            row: row,
            column: start,
            style: dialog.focus == .cancel ? .dialogButtonFocus : .dialogButton
        )
        grid.put(
            confirm,
            row: row,
            column: after + 2,
            style: dialog.focus == .confirm ? .dialogButtonFocus : .dialogButton
        )
    }
}
