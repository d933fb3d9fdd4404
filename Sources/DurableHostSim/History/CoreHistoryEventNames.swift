/// DurableTask.Core `EventType` names and values for the raw history events.
enum CoreHistoryEventNames {
    /// The `EventType` integer DurableTask.Core serializes.
    static func value(of kind: CoreHistoryEvent.Kind) -> Int {
        switch kind {
        case .executionStarted: return 0
        case .executionCompleted: return 1
        case .executionTerminated: return 3
        case .taskScheduled: return 4
        case .taskCompleted: return 5
        case .taskFailed: return 6
        case .subOrchestrationCreated: return 7
        case .subOrchestrationCompleted: return 8
        case .subOrchestrationFailed: return 9
        case .timerCreated: return 10
        case .timerFired: return 11
        case .orchestratorStarted: return 12
        case .orchestratorCompleted: return 13
        case .eventRaised: return 15
        case .continueAsNew: return 16
        case .genericEvent: return 17
        case .executionSuspended: return 19
        case .executionResumed: return 20
        case .executionRewound: return 21
        }
    }

    /// The `EventType` enum name for an integer value, or `nil` for an undefined value.
    static func name(ofValue value: Int) -> String? {
        let names = [
            "ExecutionStarted", "ExecutionCompleted", "ExecutionFailed", "ExecutionTerminated", "TaskScheduled",
            "TaskCompleted", "TaskFailed", "SubOrchestrationInstanceCreated", "SubOrchestrationInstanceCompleted",
            "SubOrchestrationInstanceFailed", "TimerCreated", "TimerFired", "OrchestratorStarted",
            "OrchestratorCompleted", "EventSent", "EventRaised", "ContinueAsNew", "GenericEvent", "HistoryState",
            "ExecutionSuspended", "ExecutionResumed", "ExecutionRewound",
        ]
        return names.indices.contains(value) ? names[value] : nil
    }

    /// The `EventType` enum name of a raw event.
    static func name(of kind: CoreHistoryEvent.Kind) -> String {
        name(ofValue: value(of: kind)) ?? "Unknown"
    }
}
