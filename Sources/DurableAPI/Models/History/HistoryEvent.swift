/// One event of an instance's history (`historyEvents`, §6), typed by its `EventType`.
///
/// Every case keeps the event's JSON as received (`raw`), so nothing the host sent is lost. Event types this
/// version does not know are kept as `.unknown` instead of failing the whole status.
public enum HistoryEvent: Sendable, Hashable {
    /// `ExecutionStarted`.
    case executionStarted(HistoryRecord<ExecutionStartedEvent>)
    /// `ExecutionCompleted`.
    case executionCompleted(HistoryRecord<ExecutionCompletedEvent>)
    /// `ExecutionFailed` (defined by DurableTask.Core, unused).
    case executionFailed(HistoryRecord<MarkerEvent>)
    /// `ExecutionTerminated`.
    case executionTerminated(HistoryRecord<ExecutionTerminatedEvent>)
    /// `TaskScheduled` (only while the activity is pending).
    case taskScheduled(HistoryRecord<NamedEvent>)
    /// `TaskCompleted`.
    case taskCompleted(HistoryRecord<CompletedWorkEvent>)
    /// `TaskFailed`.
    case taskFailed(HistoryRecord<FailedWorkEvent>)
    /// `SubOrchestrationInstanceCreated` (only while the child is running).
    case subOrchestrationInstanceCreated(HistoryRecord<NamedEvent>)
    /// `SubOrchestrationInstanceCompleted`.
    case subOrchestrationInstanceCompleted(HistoryRecord<CompletedWorkEvent>)
    /// `SubOrchestrationInstanceFailed`.
    case subOrchestrationInstanceFailed(HistoryRecord<FailedWorkEvent>)
    /// `TimerCreated`.
    case timerCreated(HistoryRecord<TimerEvent>)
    /// `TimerFired`.
    case timerFired(HistoryRecord<TimerEvent>)
    /// `OrchestratorStarted` (removed by the extension).
    case orchestratorStarted(HistoryRecord<MarkerEvent>)
    /// `OrchestratorCompleted` (removed by the extension).
    case orchestratorCompleted(HistoryRecord<MarkerEvent>)
    /// `EventSent`.
    case eventSent(HistoryRecord<NamedEvent>)
    /// `EventRaised`.
    case eventRaised(HistoryRecord<NamedEvent>)
    /// `ContinueAsNew`.
    case continueAsNew(HistoryRecord<ContinueAsNewEvent>)
    /// `GenericEvent`.
    case genericEvent(HistoryRecord<GenericHistoryEvent>)
    /// `HistoryState`.
    case historyState(HistoryRecord<MarkerEvent>)
    /// `ExecutionSuspended`.
    case executionSuspended(HistoryRecord<ReasonEvent>)
    /// `ExecutionResumed`.
    case executionResumed(HistoryRecord<ReasonEvent>)
    /// `ExecutionRewound`.
    case executionRewound(HistoryRecord<ExecutionRewoundEvent>)
    /// An event type this version does not know (its `EventType` text, or number as text), kept whole.
    case unknown(eventType: String, raw: JSONValue)
}
