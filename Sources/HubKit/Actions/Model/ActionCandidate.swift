import DurableAPI

/// A row an action was asked to apply to: its id and, for instances, its status when the dialog opened.
public struct ActionCandidate: Hashable, Sendable {
    /// The instance id, or an entity's `@name@key`.
    public var id: String
    /// The instance's runtime status; `nil` for entities.
    public var status: RuntimeStatus?

    /// Creates a candidate.
    public init(id: String, status: RuntimeStatus?) {
        self.id = id
        self.status = status
    }
}
