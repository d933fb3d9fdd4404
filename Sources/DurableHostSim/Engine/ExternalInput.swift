import Foundation

/// Something that reaches an instance from outside its own program: management calls and child results.
///
/// The engine logs every external input with its time, so that a history can be re-synthesized by replaying the
/// instance's program with its seed and this log (histories of finished instances are not kept in memory).
enum ExternalInput: Sendable, Equatable {
    case raiseEvent(name: String, input: String?)
    case terminate(reason: String?)
    case suspend(reason: String?)
    case resume(reason: String?)
    case rewind(reason: String?)
    case childCompleted(taskId: Int, result: String?)
    case childFailed(taskId: Int, reason: String, details: String)
}

/// An external input and the time it arrived.
struct LoggedInput: Sendable, Equatable {
    /// Arrival time.
    var time: Date
    /// What arrived.
    var input: ExternalInput
}

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
