import Foundation

/// One raw history event as DurableTask.Core stores it (before the extension's §6.1 transformation).
///
/// `eventId` is the sequence number the runtime gives to scheduling events (TaskScheduled, TimerCreated,
/// SubOrchestrationInstanceCreated, EventSent); every other event carries -1, as in DurableTask.Core.
struct CoreHistoryEvent: Sendable, Equatable {
    /// DurableTask.Core `EventId`.
    var eventId: Int
    /// When the event was recorded.
    var timestamp: Date
    /// What happened.
    var kind: Kind

    /// The event types this simulator produces, with their DurableTask.Core members.
    enum Kind: Sendable, Equatable {
        case executionStarted(name: String, input: String?, parentInstanceId: String?)
        case executionCompleted(status: CoreOrchestrationStatus, result: String?)
        case executionTerminated(input: String?)
        case taskScheduled(name: String, input: String?)
        case taskCompleted(taskScheduledId: Int, result: String?)
        case taskFailed(taskScheduledId: Int, reason: String, details: String)
        case subOrchestrationCreated(name: String, instanceId: String, input: String?)
        case subOrchestrationCompleted(taskScheduledId: Int, result: String?)
        case subOrchestrationFailed(taskScheduledId: Int, reason: String, details: String)
        case timerCreated(fireAt: Date)
        case timerFired(timerId: Int, fireAt: Date)
        case orchestratorStarted
        case orchestratorCompleted
        case eventRaised(name: String, input: String?)
        case continueAsNew(result: String?)
        case genericEvent(data: String)
        case executionSuspended(reason: String?)
        case executionResumed(reason: String?)
        case executionRewound(reason: String?)
    }
}

/// DurableTask.Core `OrchestrationStatus`: the status the engine stores for an instance, also written into
/// `ExecutionCompleted` (as an integer on the wire).
enum CoreOrchestrationStatus: Int, Sendable, Equatable, CaseIterable {
    case running = 0
    case completed = 1
    case continuedAsNew = 2
    case failed = 3
    case canceled = 4
    case terminated = 5
    case pending = 6
    case suspended = 7

    /// Completed, Failed, Canceled or Terminated: the "completed status" of terminate/suspend/resume/purge checks.
    var isTerminal: Bool {
        switch self {
        case .completed, .failed, .canceled, .terminated: return true
        case .running, .continuedAsNew, .pending, .suspended: return false
        }
    }

    /// The enum name the extension substitutes for the integer.
    var name: String {
        switch self {
        case .running: return "Running"
        case .completed: return "Completed"
        case .continuedAsNew: return "ContinuedAsNew"
        case .failed: return "Failed"
        case .canceled: return "Canceled"
        case .terminated: return "Terminated"
        case .pending: return "Pending"
        case .suspended: return "Suspended"
        }
    }
}
