import DurableAPI

/// `FanOutFanIn`: gets a batch of work items, processes them all in parallel, then aggregates the results.
///
/// Input: optional `{"items": N}` (default: 24 to 60, chosen by the instance's seed). About one instance in
/// thirty has an item that fails, which fails the orchestration; a rewind re-runs the
/// outstanding items successfully.
struct FanOutFanIn: OrchestratorProgram {
    private enum Phase: Sendable {
        case listing
        case processing
        case aggregating
    }

    private var phase = Phase.listing
    private var itemCount = 0
    private var completed = 0
    private var total = 0
    private var failingItem: Int?
    private var itemByTask: [Int: Int] = [:]

    mutating func handle(_ event: ProgramEvent, context: inout OrchestrationContext) {
        switch event {
        case .started:
            itemCount = context.input?["items"]?.intValue ?? context.random.int(in: 24...60)
            itemCount = min(max(itemCount, 1), 500)
            failingItem = context.random.chance(1.0 / 30.0) ? context.random.int(in: 0...(itemCount - 1)) : nil
            context.customStatus = ProgramJSON.text(["stage": "listing"])
            context.callActivity(
                "GetWorkItems",
                input: nil,
                duration: context.random.double(in: 0.5...1.5),
                outcome: .success(result: ProgramJSON.text(.number(JSONNumber(itemCount))))
            )
        case .activityCompleted(let taskId, let result):
            switch phase {
            case .listing:
                phase = .processing
                for item in 0..<itemCount {
                    callItem(item, willFail: item == failingItem, context: &context)
                }
                reportProgress(&context)
            case .processing:
                completed += 1
                total += ProgramJSON.parse(result)?.intValue ?? 0
                itemByTask[taskId] = nil
                reportProgress(&context)
                if completed == itemCount {
                    phase = .aggregating
                    context.callActivity(
                        "AggregateResults",
                        input: ProgramJSON.text(.number(JSONNumber(total))),
                        duration: context.random.double(in: 0.5...2.0),
                        outcome: .success(
                            result: ProgramJSON.text([
                                "processed": .number(JSONNumber(itemCount)), "total": .number(JSONNumber(total)),
                            ])
                        )
                    )
                }
            case .aggregating:
                context.complete(output: result)
            }
        case .activityFailed(_, let reason):
            context.fail(message: "Orchestrator function 'FanOutFanIn' failed: \(reason)")
        case .rewound:
            let outstanding = itemByTask.values.sorted()
            itemByTask = [:]
            failingItem = nil
            for item in outstanding {
                callItem(item, willFail: false, context: &context)
            }
        default:
            break
        }
    }

    private mutating func callItem(_ item: Int, willFail: Bool, context: inout OrchestrationContext) {
        let outcome: ActivityOutcome
        if willFail {
            outcome = .failure(
                reason: "Activity function 'ProcessItem' failed: Item \(item) could not be processed.",
                details:
                    "{\"$type\":\"System.InvalidOperationException\",\"Message\":\"Item \(item) could not be processed.\"}"
            )
        } else {
            outcome = .success(result: String(item * item))
        }
        let taskId = context.callActivity(
            "ProcessItem",
            input: ProgramJSON.text(["item": .number(JSONNumber(item))]),
            duration: context.random.double(in: 1.0...20.0),
            outcome: outcome
        )
        itemByTask[taskId] = item
    }

    private func reportProgress(_ context: inout OrchestrationContext) {
        context.customStatus = ProgramJSON.text([
            "stage": "processing",
            "processed": .number(JSONNumber(completed)),
            "total": .number(JSONNumber(itemCount)),
        ])
    }
}
