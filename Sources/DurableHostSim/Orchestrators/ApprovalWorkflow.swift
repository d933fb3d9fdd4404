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
            context.customStatus = ProgramJSON.text(["stage": "awaiting-approval"])
            context.callActivity(
                "RequestApproval",
                input: ProgramJSON.text(context.instanceId),
                duration: context.random.double(in: 0.5...2.0),
                outcome: .success(result: nil)
            )
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
            context.customStatus = ProgramJSON.text(["stage": "escalated"])
            context.callActivity(
                "Escalate",
                input: ProgramJSON.text(context.instanceId),
                duration: context.random.double(in: 0.5...2.0),
                outcome: .success(result: nil)
            )
        case .activityCompleted:
            if escalating {
                context.complete(output: ProgramJSON.text(["approved": false, "reason": "timed out"]))
            }
        default:
            break
        }
    }
}
