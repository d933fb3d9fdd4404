/// Where a sub-orchestration reports back.
struct ParentLink: Sendable, Equatable {
    /// The parent's instance ID.
    var instanceId: String
    /// The parent's task ID (EventId of SubOrchestrationInstanceCreated).
    var taskId: Int
}

/// What a run asks the engine to do after a step.
enum RunEffect: Sendable, Equatable {
    /// Create and start a sub-orchestration.
    case createChild(name: String, instanceId: String, input: String?, parent: ParentLink)
    /// The run reached a terminal status.
    case finished
}
