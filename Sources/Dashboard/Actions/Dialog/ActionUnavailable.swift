import HubKit

/// Why an action dialog cannot open.
public enum ActionUnavailable: Error, Hashable, Sendable, CustomStringConvertible {
    /// No marked or selected row is one the action applies to.
    case noTargets(OperatorAction, skipped: Int)
    /// The session is read-only.
    case readOnly(OperatorAction)
    /// A run of `running` is still going.
    case busy(OperatorAction, running: OperatorAction)

    /// A flash message.
    public var description: String {
        switch self {
        case .noTargets(let action, let skipped):
            skipped == 0
                ? "\(action.title): nothing selected"
                : "\(action.title): not applicable to the \(skipped == 1 ? "selected row" : "\(skipped) rows")"
        case .readOnly(let action):
            "\(action.title): disabled in read-only mode"
        case .busy(let action, let running):
            "\(action.title): wait for the running \(running.title) to finish"
        }
    }
}
