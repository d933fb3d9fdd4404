import DurableAPI

/// `Monitor`: checks a status on a timer loop, continues as new every few checks, and finishes after a number
/// of generations.
///
/// Input: optional `{"generation": G, "maxGenerations": M, "intervalSeconds": S}` (defaults 0, 8, 60).
struct Monitor: OrchestratorProgram {
    /// Checks per generation before continuing as new.
    static let checksPerGeneration = 3

    private var checks = 0

    mutating func handle(_ event: ProgramEvent, context: inout OrchestrationContext) {
        switch event {
        case .started, .timerFired:
            context.callActivity(
                "CheckStatus",
                input: ProgramJSON.text(context.instanceId),
                duration: context.random.double(in: 0.3...1.5),
                outcome: .success(result: ProgramJSON.text(context.random.chance(0.8) ? "healthy" : "degraded"))
            )
        case .activityCompleted(_, let result):
            checks += 1
            let generation = context.input?["generation"]?.intValue ?? 0
            let maxGenerations = context.input?["maxGenerations"]?.intValue ?? 8
            let interval = context.input?["intervalSeconds"]?.doubleValue ?? 60
            context.customStatus = ProgramJSON.text([
                "generation": .number(JSONNumber(generation)),
                "check": .number(JSONNumber(checks)),
                "last": ProgramJSON.parse(result) ?? .null,
            ])
            if checks < Monitor.checksPerGeneration {
                context.createTimer(after: max(interval, 1))
            } else if generation + 1 < maxGenerations {
                let next: JSONValue = [
                    "generation": .number(JSONNumber(generation + 1)),
                    "maxGenerations": .number(JSONNumber(maxGenerations)),
                    "intervalSeconds": .number(JSONNumber(interval)),
                ]
                context.continueAsNew(input: ProgramJSON.text(next))
            } else {
                context.complete(output: ProgramJSON.text("Monitor finished after \(maxGenerations) generations"))
            }
        default:
            break
        }
    }
}
