/// One event of an instance's history (`historyEvents`, §6), typed by its `EventType`.
///
/// Every case keeps the event's JSON as received (`raw`), so nothing the host sent is lost. Event types this
/// version does not know are kept as `.unknown` instead of failing the whole status.
public enum HistoryEvent: Sendable, Hashable {
    /// `ExecutionStarted`.
    case executionStarted(ExecutionStartedEvent)
    /// `ExecutionCompleted`.
    case executionCompleted(ExecutionCompletedEvent)
    /// `ExecutionFailed` (defined by DurableTask.Core, unused).
    case executionFailed(MarkerEvent)
    /// `ExecutionTerminated`.
    case executionTerminated(ExecutionTerminatedEvent)
    /// `TaskScheduled` (only while the activity is pending).
    case taskScheduled(NamedEvent)
    /// `TaskCompleted`.
    case taskCompleted(CompletedWorkEvent)
    /// `TaskFailed`.
    case taskFailed(FailedWorkEvent)
    /// `SubOrchestrationInstanceCreated` (only while the child is running).
    case subOrchestrationInstanceCreated(NamedEvent)
    /// `SubOrchestrationInstanceCompleted`.
    case subOrchestrationInstanceCompleted(CompletedWorkEvent)
    /// `SubOrchestrationInstanceFailed`.
    case subOrchestrationInstanceFailed(FailedWorkEvent)
    /// `TimerCreated`.
    case timerCreated(TimerEvent)
    /// `TimerFired`.
    case timerFired(TimerEvent)
    /// `OrchestratorStarted` (removed by the extension).
    case orchestratorStarted(MarkerEvent)
    /// `OrchestratorCompleted` (removed by the extension).
    case orchestratorCompleted(MarkerEvent)
    /// `EventSent`.
    case eventSent(NamedEvent)
    /// `EventRaised`.
    case eventRaised(NamedEvent)
    /// `ContinueAsNew`.
    case continueAsNew(ContinueAsNewEvent)
    /// `GenericEvent`.
    case genericEvent(GenericHistoryEvent)
    /// `HistoryState`.
    case historyState(MarkerEvent)
    /// `ExecutionSuspended`.
    case executionSuspended(ReasonEvent)
    /// `ExecutionResumed`.
    case executionResumed(ReasonEvent)
    /// `ExecutionRewound`.
    case executionRewound(ExecutionRewoundEvent)
    /// An event type this version does not know (its `EventType` text, or number as text), kept whole.
    case unknown(eventType: String, raw: JSONValue)
}
