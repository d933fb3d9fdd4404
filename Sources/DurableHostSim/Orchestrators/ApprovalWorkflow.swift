import DurableAPI

/// `ApprovalWorkflow`: sends an approval request, then waits for the external event `ApprovalEvent` or a
/// timeout timer, whichever comes first. With the event it completes with the event's payload as output.
///
/// Input: optional `{"timeoutSeconds": N}` (default one simulated hour).
struct ApprovalWorkflow: OrchestratorProgram {
    /// The external event the workflow waits for (matched case-insensitively, as the extension does).
    static let eventName = "ApprovalEvent"

    private var decided = false
    private var escalating = false

    mutating func handle(_ event: ProgramEvent, context: inout OrchestrationContext) {
        switch event {
        case .started:
            let timeout = context.input?["timeoutSeconds"]?.doubleValue ?? 3600
            enterStage("awaiting-approval", calling: "RequestApproval", context: &context)
            context.createTimer(after: max(timeout, 1))
        case .eventRaised(let name, let input):
            guard !decided, name.lowercased() == ApprovalWorkflow.eventName.lowercased() else {
                return
            }
            decided = true
            context.customStatus = ProgramJSON.text(["stage": "approved"])
            context.complete(output: input)
        case .timerFired:
            guard !decided else {
                return
            }
            decided = true
            escalating = true
            enterStage("escalated", calling: "Escalate", context: &context)
        case .activityCompleted:
            if escalating {
                context.complete(output: ProgramJSON.text(["approved": false, "reason": "timed out"]))
            }
        default:
            break
        }
    }

    /// Shows `stage` as the custom status and calls `activity` (which always succeeds) with this instance's id.
    private func enterStage(_ stage: String, calling activity: String, context: inout OrchestrationContext) {
        context.customStatus = ProgramJSON.text(["stage": .string(stage)])
        context.callActivity(
            activity,
            input: ProgramJSON.text(context.instanceId),
            duration: context.random.double(in: 0.5...2.0),
            outcome: .success(result: nil)
        )
    }
}
