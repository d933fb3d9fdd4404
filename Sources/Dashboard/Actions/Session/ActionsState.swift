import DurableAPI
import Foundation
import HubKit

/// The dashboard's action state as one value: marks, the run in progress (or the last one), and the last outcome
/// per row, kept across refreshes. The open dialog and the progress panel are modes of ``DashboardState``.
public struct ActionsState: Hashable, Sendable {
    /// The marked rows.
    public internal(set) var marks = Marks()
    /// The current run, or the last one.
    public internal(set) var run: BulkProgress?
    /// The last action and its outcome for every row an action touched this session (`terminate: accepted`).
    public internal(set) var results: [String: String] = [:]

    /// Creates an empty state.
    public init() {}

    /// Whether a run is still going.
    public var isRunning: Bool {
        run.map { !$0.isFinished } ?? false
    }

    /// The dialog of `action` on `candidates`, or why it cannot open (read-only without a permit, no applicable
    /// target, or a run still going).
    public func dialog(
        _ action: OperatorAction,
        candidates: [ActionCandidate],
        permit: MutationPermit?,
        operatorName: String,
        createdFrom: Date
    ) -> Result<ActionDialog, ActionUnavailable> {
        guard let permit else {
            return .failure(.readOnly(action))
        }
        if let run, !run.isFinished {
            return .failure(.busy(action, running: run.plan.request.action))
        }
        do {
            return .success(
                try ActionDialog(
                    action,
                    targets: PinnedTargets(action: action, candidates: candidates),
                    permit: permit,
                    operatorName: operatorName,
                    createdFrom: createdFrom
                )
            )
        } catch {
            return .failure(error)
        }
    }

    /// Starts tracking the run of a confirmed plan.
    public mutating func begin(_ plan: ActionPlan) {
        run = BulkProgress(plan: plan)
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
        case .dryRunCounted, .dryRunFailed, .auditFailed:
            break
        }
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
