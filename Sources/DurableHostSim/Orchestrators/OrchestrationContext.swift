import DurableAPI
import Foundation

/// The result a simulated activity will report when it finishes.
enum ActivityOutcome: Sendable, Equatable {
    /// Returns `result` (raw JSON text, or `nil` for no result).
    case success(result: String?)
    /// Throws with a reason and .NET-style exception details.
    case failure(reason: String, details: String)
}

/// One decision of an orchestrator episode. Durations and times are on the host's clock (already scaled).
enum OrchestratorAction: Sendable, Equatable {
    case callActivity(taskId: Int, name: String, input: String?, duration: Double, outcome: ActivityOutcome)
    case createTimer(taskId: Int, fireAt: Date)
    case callSubOrchestrator(taskId: Int, name: String, instanceId: String, input: String?)
    case complete(output: String?)
    case fail(message: String)
    case continueAsNew(input: String?)
}

/// The handle a program uses during one episode: it hands out task IDs and collects the actions.
///
/// Programs speak in simulated durations; the context turns them into times on the host's clock with the host's
/// duration scale.
struct OrchestrationContext: Sendable {
    /// The instance being run.
    let instanceId: String
    /// The episode's time.
    let now: Date
    /// The current execution's input, parsed (a JSON string holding JSON, as the Python SDK sends, is unwrapped).
    let input: JSONValue?
    /// The instance's random stream.
    var random: SeededRandom
    /// The next EventId to hand out.
    private(set) var nextTaskId: Int
    /// The actions recorded so far, in order.
    private(set) var actions: [OrchestratorAction] = []
    /// The custom status after this episode (raw JSON text), if the program changed it.
    var customStatus: String?
    /// How much shorter simulated durations run on the host's clock.
    let durationScale: DurationScale
    /// The outages around the hub (a program's dependencies may be down at `now`).
    let incidents: Incidents

    /// Schedules an activity that finishes after `duration` simulated seconds (shortened by the duration scale)
    /// with `outcome`; returns its task ID.
    @discardableResult
    mutating func callActivity(_ name: String, input: String?, duration: Double, outcome: ActivityOutcome) -> Int {
        let id = takeTaskId()
        let clockDuration = durationScale.clockSeconds(duration, beginningAt: now)
        actions.append(.callActivity(taskId: id, name: name, input: input, duration: clockDuration, outcome: outcome))
        return id
    }

    /// Creates a durable timer firing after `seconds` simulated seconds (shortened by the duration scale); returns
    /// its task ID.
    @discardableResult
    mutating func createTimer(after seconds: Double) -> Int {
        let id = takeTaskId()
        let fireAt = now.addingTimeInterval(durationScale.clockSeconds(seconds, beginningAt: now))
        actions.append(.createTimer(taskId: id, fireAt: fireAt))
        return id
    }

    /// Starts a sub-orchestration with a known instance ID; returns its task ID.
    @discardableResult
    mutating func callSubOrchestrator(_ name: String, instanceId: String, input: String?) -> Int {
        let id = takeTaskId()
        actions.append(.callSubOrchestrator(taskId: id, name: name, instanceId: instanceId, input: input))
        return id
    }

    /// Completes the orchestration with `output` (raw JSON text).
    mutating func complete(output: String?) {
        actions.append(.complete(output: output))
    }

    /// Fails the orchestration with an error message.
    mutating func fail(message: String) {
        actions.append(.fail(message: message))
    }

    /// Restarts the orchestration with a new input, discarding the current history.
    mutating func continueAsNew(input: String?) {
        actions.append(.continueAsNew(input: input))
    }

    private mutating func takeTaskId() -> Int {
        let id = nextTaskId
        nextTaskId += 1
        return id
    }
}
