import HubKit

/// What an operator-action key asks for: an action on the selected or marked rows, or a change of marks.
public enum ActionKey: Hashable, Sendable {
    /// Open the dialog of an action.
    case operate(OperatorAction)
    /// Suspend the targets that run, or resume the suspended ones (`S`).
    case suspendOrResume
    /// Mark or unmark the selected row (Space).
    case toggleMark
    /// Mark the rows from the last marked one to the selected one.
    case markRange
    /// Mark every visible row.
    case markAll
    /// Unmark every row.
    case clearMarks
    /// Show the progress of the last run again.
    case showLastRun
}
