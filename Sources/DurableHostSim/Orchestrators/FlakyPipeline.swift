import DurableAPI

/// `FlakyPipeline`: extract, transform, load. `TransformData` always fails, is retried twice with back-off
/// timers, and the orchestration ends Failed. After a rewind the transform succeeds and the pipeline completes.
struct FlakyPipeline: OrchestratorProgram {
    /// Attempts made for the flaky activity before giving up.
    static let maxAttempts = 3

    private enum Phase: Sendable {
        /// Waiting for `ExtractData`.
        case extracting
        /// Waiting for `TransformData` (or the back-off timer before retrying it). `attempts` counts the calls
        /// made so far; `healed` is set by a rewind, after which the transform succeeds.
        case transforming(attempts: Int, healed: Bool)
        /// Waiting for `LoadData`.
        case loading
    }

    private var phase = Phase.extracting

    mutating func handle(_ event: ProgramEvent, context: inout OrchestrationContext) {
        switch event {
        case .started:
            context.customStatus = ProgramJSON.text(["stage": "extract"])
            context.callActivity(
                "ExtractData",
                input: ProgramJSON.text(["source": "sales-db"]),
                duration: context.random.double(in: 0.5...1.5),
                outcome: .success(result: ProgramJSON.text(["rows": 1234]))
            )
        case .activityCompleted(_, let result):
            switch phase {
            case .extracting:
                context.customStatus = ProgramJSON.text(["stage": "transform"])
                callTransform(attempt: 1, healed: false, &context)
            case .transforming:
                phase = .loading
                context.customStatus = ProgramJSON.text(["stage": "load"])
                context.callActivity(
                    "LoadData",
                    input: result,
                    duration: context.random.double(in: 0.5...1.5),
                    outcome: .success(result: ProgramJSON.text(["rows": 1234, "status": "loaded"]))
                )
            case .loading:
                context.customStatus = ProgramJSON.text(["stage": "done"])
                context.complete(output: result)
            }
        case .activityFailed(_, let reason):
            // Only `TransformData` can fail, so this arrives in the transforming phase.
            if case .transforming(let attempts, _) = phase, attempts < FlakyPipeline.maxAttempts {
                context.createTimer(after: Double(attempts) * 2)
            } else {
                context.fail(message: FailureText.orchestrator("FlakyPipeline", failed: reason))
            }
        case .timerFired:
            if case .transforming(let attempts, let healed) = phase {
                callTransform(attempt: attempts + 1, healed: healed, &context)
            }
        case .rewound:
            callTransform(attempt: 1, healed: true, &context)
        default:
            break
        }
    }

    /// Enters (or stays in) the transforming phase and makes call number `attempt` to `TransformData`.
    private mutating func callTransform(attempt: Int, healed: Bool, _ context: inout OrchestrationContext) {
        phase = .transforming(attempts: attempt, healed: healed)
        let outcome: ActivityOutcome
        if healed {
            outcome = .success(result: ProgramJSON.text(["rows": 1234, "transformed": true]))
        } else {
            let message = "Upstream service unavailable (attempt \(attempt) of \(FlakyPipeline.maxAttempts))."
            outcome = FailureText.activity(
                "TransformData",
                throws: "System.Net.Http.HttpRequestException",
                message: message
            )
        }
        context.callActivity(
            "TransformData",
            input: ProgramJSON.text(["rows": 1234, "attempt": .number(JSONNumber(attempt))]),
            duration: context.random.double(in: 0.5...1.5),
            outcome: outcome
        )
    }
}
