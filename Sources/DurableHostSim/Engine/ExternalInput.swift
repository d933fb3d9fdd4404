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
