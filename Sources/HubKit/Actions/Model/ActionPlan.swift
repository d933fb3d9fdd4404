/// A confirmed request and the exact targets it applies to, pinned when the dialog opened.
public struct ActionPlan: Hashable, Sendable {
    /// What to do.
    public var request: ActionRequest
    /// The instance ids (or entity `@name@key` ids) to apply it to, in order; empty for hub-wide actions.
    public var targets: [String]

    /// Creates a plan.
    public init(request: ActionRequest, targets: [String]) {
        self.request = request
        self.targets = targets
    }
}
