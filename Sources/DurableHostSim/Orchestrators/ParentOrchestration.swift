import DurableAPI

/// `ParentOrchestration`: starts `HelloSequence` sub-orchestrations with known IDs (`<parent>:child:<n>`),
/// waits for all of them and returns their outputs. A failed child fails the parent.
///
/// Input: optional `{"children": N}` (default 3 to 5).
struct ParentOrchestration: OrchestratorProgram {
    private var childCount = 0
    private var results: [Int: JSONValue] = [:]
    private var slotByTask: [Int: Int] = [:]

    /// The instance ID of child `index` of `parentId`.
    static func childId(parent parentId: String, index: Int) -> String {
        "\(parentId):child:\(index)"
    }

    mutating func handle(_ event: ProgramEvent, context: inout OrchestrationContext) {
        switch event {
        case .started:
            childCount = min(max(context.input?["children"]?.intValue ?? context.random.int(in: 3...5), 1), 20)
            for index in 0..<childCount {
                let taskId = context.callSubOrchestrator(
                    "HelloSequence",
                    instanceId: ParentOrchestration.childId(parent: context.instanceId, index: index),
                    input: nil
                )
                slotByTask[taskId] = index
            }
            reportProgress(&context)
        case .subOrchestrationCompleted(let taskId, let result):
            if let slot = slotByTask[taskId] {
                results[slot] = ProgramJSON.parse(result) ?? .null
            }
            reportProgress(&context)
            if results.count == childCount {
                let ordered = (0..<childCount).map { results[$0] ?? .null }
                context.complete(output: ProgramJSON.text(.array(ordered)))
            }
        case .subOrchestrationFailed(_, let reason):
            context.fail(message: FailureText.orchestrator("ParentOrchestration", failed: reason))
        default:
            break
        }
    }

    private func reportProgress(_ context: inout OrchestrationContext) {
        context.customStatus = ProgramJSON.text([
            "childrenCompleted": .number(JSONNumber(results.count)),
            "children": .number(JSONNumber(childCount)),
        ])
    }
}
