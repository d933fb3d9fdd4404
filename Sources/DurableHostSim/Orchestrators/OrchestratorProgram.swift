import DurableAPI

/// What a simulated orchestrator function reacts to.
enum ProgramEvent: Sendable, Equatable {
    /// The execution started (ExecutionStarted was processed).
    case started
    /// A scheduled activity returned.
    case activityCompleted(taskId: Int, result: String?)
    /// A scheduled activity threw.
    case activityFailed(taskId: Int, reason: String)
    /// A durable timer fired.
    case timerFired(taskId: Int)
    /// A sub-orchestration completed.
    case subOrchestrationCompleted(taskId: Int, result: String?)
    /// A sub-orchestration failed.
    case subOrchestrationFailed(taskId: Int, reason: String)
    /// An external event arrived.
    case eventRaised(name: String, input: String?)
    /// A failed execution was rewound; failed work should be retried.
    case rewound
}

/// A simulated orchestrator function: a small explicit state machine that turns events into actions.
///
/// Programs must be deterministic: every random choice comes from `context.random`, so a history can be
/// re-synthesized from the instance's seed and its log of external inputs.
protocol OrchestratorProgram: Sendable {
    /// Reacts to one event by recording actions on `context`.
    mutating func handle(_ event: ProgramEvent, context: inout OrchestrationContext)
}
