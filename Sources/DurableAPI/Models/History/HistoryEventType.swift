/// The `EventType` names of §6 with their numeric values (the order of DurableTask.Core's `EventType` enum).
public enum HistoryEventType: String, Sendable, Hashable, CaseIterable {
    /// 0
    case executionStarted = "ExecutionStarted"
    /// 1
    case executionCompleted = "ExecutionCompleted"
    /// 2 (defined but unused by the runtime)
    case executionFailed = "ExecutionFailed"
    /// 3
    case executionTerminated = "ExecutionTerminated"
    /// 4
    case taskScheduled = "TaskScheduled"
    /// 5
    case taskCompleted = "TaskCompleted"
    /// 6
    case taskFailed = "TaskFailed"
    /// 7
    case subOrchestrationInstanceCreated = "SubOrchestrationInstanceCreated"
    /// 8
    case subOrchestrationInstanceCompleted = "SubOrchestrationInstanceCompleted"
    /// 9
    case subOrchestrationInstanceFailed = "SubOrchestrationInstanceFailed"
    /// 10
    case timerCreated = "TimerCreated"
    /// 11
    case timerFired = "TimerFired"
    /// 12 (removed by the extension; seen only from other sources)
    case orchestratorStarted = "OrchestratorStarted"
    /// 13 (removed by the extension; seen only from other sources)
    case orchestratorCompleted = "OrchestratorCompleted"
    /// 14
    case eventSent = "EventSent"
    /// 15
    case eventRaised = "EventRaised"
    /// 16
    case continueAsNew = "ContinueAsNew"
    /// 17
    case genericEvent = "GenericEvent"
    /// 18
    case historyState = "HistoryState"
    /// 19
    case executionSuspended = "ExecutionSuspended"
    /// 20
    case executionResumed = "ExecutionResumed"
    /// 21
    case executionRewound = "ExecutionRewound"

    /// The numeric value DurableTask.Core uses (0 … 21).
    public var numericValue: Int {
        HistoryEventType.allCases.firstIndex(of: self) ?? 0
    }

    /// The type with numeric value `numericValue`, or `nil` when undefined.
    public init?(numericValue: Int) {
        guard HistoryEventType.allCases.indices.contains(numericValue) else {
            return nil
        }
        self = HistoryEventType.allCases[numericValue]
    }
}
