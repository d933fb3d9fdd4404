import DurableAPI

/// `FanOutFanIn`: gets a batch of work items, processes them all in parallel, then aggregates the results.
///
/// Input: optional `{"items": N}` (default: 24 to 60, chosen by the instance's seed). About one instance in
/// thirty has an item that runs into the Functions host's timeout, which fails the orchestration; a rewind
/// re-runs the outstanding items successfully.
struct FanOutFanIn: OrchestratorProgram {
    /// Seconds the Functions host lets an activity run before cancelling it (`functionTimeout` in host.json).
    static let functionTimeout = 300.0

    private enum Phase: Sendable {
        /// Waiting for `GetWorkItems`: the batch size, and the item chosen to fail (if any).
        case listing(itemCount: Int, failingItem: Int?)
        /// Waiting for the `ProcessItem` calls: how many returned, the sum of their results, and the item each
        /// outstanding task processes.
        case processing(itemCount: Int, completed: Int, total: Int, itemByTask: [Int: Int])
        /// Waiting for `AggregateResults`.
        case aggregating
    }

    private var phase = Phase.listing(itemCount: 0, failingItem: nil)

    mutating func handle(_ event: ProgramEvent, context: inout OrchestrationContext) {
        switch event {
        case .started:
            var itemCount = context.input?["items"]?.intValue ?? context.random.int(in: 24...60)
            itemCount = min(max(itemCount, 1), 500)
            let failingItem = context.random.chance(1.0 / 30.0) ? context.random.int(in: 0...(itemCount - 1)) : nil
            phase = .listing(itemCount: itemCount, failingItem: failingItem)
            context.customStatus = ProgramJSON.text(["stage": "listing"])
            context.callActivity(
                "GetWorkItems",
                input: nil,
                duration: context.random.double(in: 0.5...1.5),
                outcome: .success(result: ProgramJSON.text(.number(JSONNumber(itemCount))))
            )
        case .activityCompleted(let taskId, let result):
            switch phase {
            case .listing(let itemCount, let failingItem):
                let itemByTask = callItems(Array(0..<itemCount), failingItem: failingItem, context: &context)
                phase = .processing(itemCount: itemCount, completed: 0, total: 0, itemByTask: itemByTask)
                reportProgress(completed: 0, of: itemCount, &context)
            case .processing(let itemCount, var completed, var total, var itemByTask):
                completed += 1
                total += ProgramJSON.parse(result)?.intValue ?? 0
                itemByTask[taskId] = nil
                phase = .processing(itemCount: itemCount, completed: completed, total: total, itemByTask: itemByTask)
                reportProgress(completed: completed, of: itemCount, &context)
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
            context.fail(message: FailureText.orchestrator("FanOutFanIn", failed: reason))
        case .rewound:
            // Only `ProcessItem` can fail, so a rewind arrives while processing: re-run what is outstanding.
            if case .processing(let itemCount, let completed, let total, let itemByTask) = phase {
                let retried = callItems(itemByTask.values.sorted(), failingItem: nil, context: &context)
                phase = .processing(itemCount: itemCount, completed: completed, total: total, itemByTask: retried)
            }
        default:
            break
        }
    }

    /// Calls `ProcessItem` for each of `items` in order; returns the item each new task processes.
    private func callItems(_ items: [Int], failingItem: Int?, context: inout OrchestrationContext) -> [Int: Int] {
        var itemByTask: [Int: Int] = [:]
        for item in items {
            itemByTask[callItem(item, willFail: item == failingItem, context: &context)] = item
        }
        return itemByTask
    }

    /// Calls `ProcessItem` for `item`; returns the task ID.
    private func callItem(_ item: Int, willFail: Bool, context: inout OrchestrationContext) -> Int {
        let outcome: ActivityOutcome
        let duration: Double
        if willFail {
            let invocation = context.random.guid()
            outcome = FailureText.activity(
                "ProcessItem",
                throws: "Microsoft.Azure.WebJobs.Host.FunctionTimeoutException",
                message:
                    "Timeout value of 00:05:00 was exceeded by function: Functions.ProcessItem (item \(item), invocation \(invocation))."
            )
            duration = FanOutFanIn.functionTimeout
        } else {
            outcome = .success(result: String(item * item))
            duration = context.random.double(in: 1.0...20.0)
        }
        return context.callActivity(
            "ProcessItem",
            input: ProgramJSON.text(["item": .number(JSONNumber(item))]),
            duration: duration,
            outcome: outcome
        )
    }

    private func reportProgress(completed: Int, of itemCount: Int, _ context: inout OrchestrationContext) {
        context.customStatus = ProgramJSON.text([
            "stage": "processing",
            "processed": .number(JSONNumber(completed)),
            "total": .number(JSONNumber(itemCount)),
        ])
    }
}
