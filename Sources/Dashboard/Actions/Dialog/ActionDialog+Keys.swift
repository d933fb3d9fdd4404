import DurableAPI
import HubKit
import ScreenKit

extension ActionDialog {
    /// Applies a key, as the key map's dialog bindings name it.
    ///
    /// - Cancel (Esc) cancels from anywhere; Enter on Cancel cancels.
    /// - Next and previous field (Tab, Shift-Tab) move focus through the fields, then Confirm, then Cancel, and
    ///   around.
    /// - Confirm (Enter) in a field moves to the next stop, like Tab; on Confirm it confirms when every field is
    ///   right (otherwise ``refusal`` says what is wrong and the dialog stays open).
    /// - ←/→ on the buttons switch between them; in a field they move the cursor.
    /// - Every other key edits the focused field (buttons ignore it).
    public mutating func handle(_ key: KeyEvent, keyMap: KeyMap = .standard) -> Outcome {
        switch keyMap.binding(for: key, in: .dialog)?.action {
        case .cancel:
            return .cancelled
        case .nextField:
            moveFocus(by: 1)
            return .editing
        case .previousField:
            moveFocus(by: -1)
            return .editing
        case .confirm:
            return pressEnter()
        default:
            break
        }
        switch focus {
        case .cancel, .confirm:
            if key == .left || key == .right {
                focus = focus == .cancel ? .confirm : .cancel
            }
        case .field(let index):
            let before = fields[index].input.text
            if fields[index].edit(key), fields[index].input.text != before {
                refusal = nil
                filterEdited(index)
            }
        }
        return .editing
    }

    /// Records the dry-run count of `filter`; ignored when the fields changed since it was asked for.
    /// Adds (or resets) the field where the operator types the count.
    public mutating func recordDryRun(count: Int, for filter: PurgeFilter) {
        guard action == .purgeByFilter, filter == purgeFilter else {
            return
        }
        dryRun = .counted(filter, count: count)
        if let index = fieldIndex(.count) {
            fields.remove(at: index)
        }
        if count > 0 {
            fields.append(DialogField(name: .count, kind: .count(count)))
            focus = .field(fields.count - 1)
        }
    }

    /// Records that the dry run failed; the operator may ask again.
    public mutating func recordDryRunFailure(_ message: String) {
        dryRun = .failed(message)
    }

    private mutating func pressEnter() -> Outcome {
        switch focus {
        case .cancel:
            return .cancelled
        case .field:
            moveFocus(by: 1)
            return .editing
        case .confirm:
            if action == .purgeByFilter, let outcome = dryRunStep() {
                return outcome
            }
            guard let request else {
                refusal = problem ?? "not ready"
                return .editing
            }
            return .confirmed(ActionPlan(request: request, targets: targets.ids))
        }
    }

    /// Confirm on purge by filter before the current filter was counted asks for the dry run.
    private mutating func dryRunStep() -> Outcome? {
        if case .counted(let filter, _) = dryRun, filter == purgeFilter {
            return nil
        }
        guard let filter = purgeFilter else {
            refusal = problem ?? "the filter is not complete"
            return .editing
        }
        dryRun = .counting(filter)
        return .dryRunRequested(filter)
    }

    /// Editing a filter field of purge by filter forgets the count, which no longer matches.
    private mutating func filterEdited(_ index: Int) {
        guard action == .purgeByFilter, fields[index].name != .count else {
            return
        }
        dryRun = .notCounted
        if let countIndex = fieldIndex(.count) {
            fields.remove(at: countIndex)
        }
    }

    private mutating func moveFocus(by step: Int) {
        var stops: [Focus] = []
        for index in fields.indices {
            stops.append(.field(index))
        }
        stops.append(.confirm)
        stops.append(.cancel)
        let position = stops.firstIndex(of: focus) ?? stops.count - 1
        focus = stops[(position + step + stops.count) % stops.count]
    }
}
