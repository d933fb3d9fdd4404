import DurableAPI

/// `FlakyPipeline`: extract, transform, load. `TransformData` always fails, is retried twice with back-off
/// timers, and the orchestration ends Failed. After a rewind the transform succeeds and the pipeline completes.
struct FlakyPipeline: OrchestratorProgram {
    /// Attempts made for the flaky activity before giving up.
    static let maxAttempts = 3

    private enum Phase: Sendable {
        case extracting
        case transforming
        case loading
    }

    private var phase = Phase.extracting
    private var attempts = 0
    private var healed = false

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
            case .extracting, .transforming:
                if phase == .extracting {
                    phase = .transforming
                    context.customStatus = ProgramJSON.text(["stage": "transform"])
                    callTransform(&context)
                } else {
                    phase = .loading
                    context.customStatus = ProgramJSON.text(["stage": "load"])
                    context.callActivity(
                        "LoadData",
                        input: result,
                        duration: context.random.double(in: 0.5...1.5),
                        outcome: .success(result: ProgramJSON.text(["rows": 1234, "status": "loaded"]))
                    )
                }
            case .loading:
                context.customStatus = ProgramJSON.text(["stage": "done"])
                context.complete(output: result)
            }
        case .activityFailed(_, let reason):
            if attempts < FlakyPipeline.maxAttempts {
                context.createTimer(after: Double(attempts) * 2)
            } else {
                context.fail(message: "Orchestrator function 'FlakyPipeline' failed: \(reason)")
            }
        case .timerFired:
            callTransform(&context)
        case .rewound:
            healed = true
            attempts = 0
            callTransform(&context)
        default:
            break
        }
    }

    private mutating func callTransform(_ context: inout OrchestrationContext) {
        attempts += 1
        let outcome: ActivityOutcome
        if healed {
            outcome = .success(result: ProgramJSON.text(["rows": 1234, "transformed": true]))
        } else {
            let message = "Upstream service unavailable (attempt \(attempts) of \(FlakyPipeline.maxAttempts))."
            outcome = .failure(
                reason: "Activity function 'TransformData' failed: \(message)",
                details: ProgramJSON.text([
                    "$type": "System.Net.Http.HttpRequestException", "Message": .string(message),
                ])
            )
        }
        context.callActivity(
            "TransformData",
            input: ProgramJSON.text(["rows": 1234, "attempt": .number(JSONNumber(attempts))]),
            duration: context.random.double(in: 0.5...1.5),
            outcome: outcome
        )
    }
}
