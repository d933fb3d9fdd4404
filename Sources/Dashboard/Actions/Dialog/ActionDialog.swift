import DurableAPI
import Foundation
import HubKit

/// The confirmation dialog of one mutation, as a value-type state machine.
///
/// It names the exact targets, pinned when it opens; focus starts on Cancel; bulk actions and purges add a field
/// where the operator must type the count; reasons are pre-filled with `user@host`. Keys go to ``handle(_:keyMap:)``,
/// which answers whether the dialog goes on, was cancelled, or was confirmed with a complete ``ActionPlan``.
/// It can only be created with a ``MutationPermit``, which read-only sessions never have.
public struct ActionDialog: Hashable, Sendable {
    /// Where keyboard focus is.
    public enum Focus: Hashable, Sendable {
        /// A field, by index into ``fields``.
        case field(Int)
        /// The confirm button.
        case confirm
        /// The cancel button (where focus starts).
        case cancel
    }

    /// What a key did to the dialog.
    public enum Outcome: Hashable, Sendable {
        /// The dialog stays open.
        case editing
        /// The operator cancelled; nothing is sent.
        case cancelled
        /// The operator confirmed; run this plan.
        case confirmed(ActionPlan)
        /// Purge by filter: count what this filter would purge (a dry run) and report it with
        /// ``recordDryRun(count:for:)``.
        case dryRunRequested(PurgeFilter)
    }

    /// The action.
    public let action: OperatorAction
    /// The targets, fixed at opening.
    public let targets: PinnedTargets
    /// The inputs, in Tab order.
    public internal(set) var fields: [DialogField]
    /// Where focus is.
    public internal(set) var focus: Focus = .cancel
    /// Purge by filter only: the result of the dry run for the current filter.
    public internal(set) var dryRun: DryRun = .notCounted
    /// A message about the last confirm attempt that was refused (a field still wrong), if any.
    public internal(set) var refusal: String?

    /// Opens the dialog for `action` on `targets`.
    ///
    /// - Parameters:
    ///   - operatorName: `user@host`, the pre-filled reason.
    ///   - createdFrom: Purge by filter: the pre-filled start of the created window.
    /// - Throws: ``ActionUnavailable/noTargets(_:skipped:)`` when a row action has no target it applies to.
    public init(
        _ action: OperatorAction,
        targets: PinnedTargets,
        permit: MutationPermit,
        operatorName: String,
        createdFrom: Date = Date(timeIntervalSince1970: 0)
    ) throws(ActionUnavailable) {
        if action.scope != .hub, targets.ids.isEmpty {
            throw .noTargets(action, skipped: targets.skipped.count)
        }
        self.action = action
        self.targets = action.scope == .hub ? .none : targets
        self.fields = Self.initialFields(
            action,
            targetCount: targets.ids.count,
            operatorName: operatorName,
            createdFrom: createdFrom
        )
    }

    /// The first problem that keeps the dialog from being confirmed, or `nil` when it can be.
    public var problem: String? {
        for field in fields {
            if let problem = field.problem {
                return problem
            }
        }
        if action == .purgeByFilter, case .counted(_, let count) = dryRun, count == 0 {
            return "nothing matches this filter"
        }
        return nil
    }

    /// The confirm button's text (`Terminate 3`, `Count` before a purge-by-filter dry run).
    public var confirmLabel: String {
        if action == .purgeByFilter {
            if case .counted(_, let count) = dryRun {
                return "Purge \(count)"
            }
            return "Count"
        }
        return targets.ids.count > 1 ? "\(verb) \(targets.ids.count)" : verb
    }

    /// The dialog's title line (`Terminate 3 instances`).
    public var title: String {
        switch action.scope {
        case .instances:
            let noun = targets.ids.count == 1 ? "instance" : "instances"
            return "\(verb) \(targets.ids.count) \(noun)"
        case .entities:
            let noun = targets.ids.count == 1 ? "entity" : "entities"
            return "Signal \(targets.ids.count) \(noun)"
        case .hub:
            return action == .start ? "Start a new orchestration" : "Purge instances by filter"
        }
    }

    /// The action's title with a capital first letter (`Terminate`), for the title line and the confirm button.
    private var verb: String {
        action.title.prefix(1).uppercased() + action.title.dropFirst()
    }
}
