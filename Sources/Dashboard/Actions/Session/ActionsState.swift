import DurableAPI
import Foundation
import HubKit
import ScreenKit

/// The dashboard's action state as one value: marks, the open dialog, the run in progress (or the last one),
/// and the last outcome per row, kept across refreshes.
public struct ActionsState: Hashable, Sendable {
    /// The marked rows.
    public internal(set) var marks = Marks()
    /// The open dialog, if any (it takes every key while open).
    public internal(set) var dialog: ActionDialog?
    /// The current run, or the last one.
    public internal(set) var run: BulkProgress?
    /// Whether the progress panel is shown (it takes every key while shown).
    public internal(set) var showingRun = false
    /// The first line of the progress panel shown.
    public internal(set) var runScroll = 0
    /// The last action and its outcome for every row an action touched this session (`terminate: accepted`).
    public internal(set) var results: [String: String] = [:]

    /// Creates an empty state.
    public init() {}

    /// Whether a run is still going.
    public var isRunning: Bool {
        run.map { !$0.isFinished } ?? false
    }

    /// Opens the dialog of `action` on `candidates`; returns why it cannot open instead (read-only without a
    /// permit, no applicable target, or a run still going).
    public mutating func open(
        _ action: OperatorAction,
        candidates: [ActionCandidate],
        permit: MutationPermit?,
        operatorName: String,
        createdFrom: Date
    ) -> String? {
        guard let permit else {
            return ActionUnavailable.readOnly(action).description
        }
        if isRunning {
            return "\(action.title): wait for the running \(run?.plan.request.action.title ?? "action") to finish"
        }
        do {
            dialog = try ActionDialog(
                action,
                targets: PinnedTargets(action: action, candidates: candidates),
                permit: permit,
                operatorName: operatorName,
                createdFrom: createdFrom
            )
            return nil
        } catch {
            return error.description
        }
    }

    /// Sends a key to the open dialog; a confirmed plan opens the progress panel.
    public mutating func handleDialogKey(_ key: KeyEvent) -> ActionEffect? {
        guard var current = dialog else {
            return nil
        }
        let outcome = current.handle(key)
        dialog = current
        switch outcome {
        case .editing:
            return nil
        case .cancelled:
            dialog = nil
            return nil
        case .dryRunRequested(let filter):
            return .dryRun(filter)
        case .confirmed(let plan):
            dialog = nil
            run = BulkProgress(plan: plan)
            showingRun = true
            runScroll = 0
            return .run(plan)
        }
    }

    /// Sends the key-map action of a key to the progress panel: down and up scroll, back (Esc, q) closes it and
    /// cancels what is not sent yet; every other key is ignored.
    public mutating func handleRunKey(_ action: Action?) -> ActionEffect? {
        switch action {
        case .moveDown:
            runScroll += 1
        case .moveUp:
            runScroll = max(0, runScroll - 1)
        case .back, .backOrQuit:
            showingRun = false
            return isRunning ? .cancelRun : nil
        default:
            break
        }
        return nil
    }

    /// Applies a report from background work.
    public mutating func apply(_ update: ActionUpdate) {
        switch update {
        case .progress(let progress):
            guard run?.plan == progress.plan else {
                return
            }
            run = progress
            for row in progress.rows {
                if let target = row.target, row.state != .pending {
                    results[target] = progress.plan.request.action.title + ": " + row.state.text
                }
            }
            if progress.isFinished {
                for id in progress.purgedIDs {
                    marks.remove(id)
                }
            }
        case .dryRunCounted(let filter, let count):
            dialog?.recordDryRun(count: count, for: filter)
        case .dryRunFailed(_, let message):
            dialog?.recordDryRunFailure(message)
        case .auditFailed:
            break
        }
    }

    /// Shows the progress panel of the current or last run again.
    public mutating func showRun() {
        guard run != nil else {
            return
        }
        showingRun = true
        runScroll = 0
    }

    /// Hides the progress panel (the run goes on).
    public mutating func hideRun() {
        showingRun = false
    }

    /// Marks or unmarks a row (Space).
    public mutating func toggleMark(_ id: String) {
        marks.toggle(id)
    }

    /// Marks the rows from the last toggled one to `id`.
    public mutating func markRange(to id: String, in visible: [String]) {
        marks.markRange(to: id, in: visible)
    }

    /// Marks every visible row.
    public mutating func markAll(_ visible: [String]) {
        marks.markAll(visible)
    }

    /// Unmarks the rows `isHeld` rejects, so marks never outlive the rows they name.
    public mutating func keepMarks(where isHeld: (String) -> Bool) {
        if !marks.isEmpty {
            marks.keepOnly(where: isHeld)
        }
    }

    /// Unmarks every row.
    public mutating func clearMarks() {
        marks.clear()
    }
}
