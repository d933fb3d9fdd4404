import DurableAPI
import Foundation

/// One orchestration instance being simulated: its program, raw history, outstanding work and status.
///
/// A run is a pure value driven by two calls: `advance(to:)` processes the instance's own due work in time
/// order, and `apply(_:at:)` delivers an external input. Given the same seed and the same logged inputs it
/// always produces the same history, which is how finished instances get their history back on demand.
struct InstanceRun: Sendable {
    /// The instance ID.
    let instanceId: String
    /// The orchestrator name (canonical).
    let name: String
    /// Where a sub-orchestration reports its result.
    let parent: ParentLink?
    /// The current execution's input (raw JSON text).
    private(set) var input: String?
    /// The raw history of the current execution.
    private(set) var history: [CoreHistoryEvent] = []
    /// The stored status.
    private(set) var status = CoreOrchestrationStatus.pending
    /// The output (raw JSON text); kept across a rewind.
    private(set) var output: String?
    /// The custom status (raw JSON text).
    private(set) var customStatus: String?
    /// The time of the last change.
    private(set) var lastUpdated: Date
    /// Effects for the engine, drained with `takeEffects()`.
    private var effects: [RunEffect] = []
    /// The orchestrator's code, or `nil` when its function is disabled (no worker ever runs the instance).
    private var program: (any OrchestratorProgram)?
    private var random: SeededRandom
    private var pending: [PendingWork] = []
    private var nextEventId = 0
    private var heldInputs: [ExternalInput] = []
    private let durationScale: DurationScale
    private let incidents: Incidents

    /// Creates a run that processes ExecutionStarted at `startAt`; `nil` for an unknown orchestrator name. Its
    /// program's durations are shortened by `durationScale`, and it lives through `incidents`. A run of a disabled
    /// orchestrator never starts: it stays Pending until a management call ends it.
    init?(
        instanceId: String,
        name: String,
        input: String?,
        seed: UInt64,
        createdAt: Date,
        startAt: Date,
        parent: ParentLink?,
        durationScale: DurationScale,
        incidents: Incidents
    ) {
        guard OrchestratorCatalog.canonicalName(name) == name else {
            return nil
        }
        let program = OrchestratorCatalog.program(named: name)
        self.instanceId = instanceId
        self.name = name
        self.input = input
        self.parent = parent
        self.program = program
        self.random = SeededRandom(seed: seed)
        self.lastUpdated = createdAt
        self.durationScale = durationScale
        self.incidents = incidents
        self.pending = program == nil ? [] : [PendingWork(due: startAt, kind: .start)]
    }

    /// When the run next needs processing, or `nil` when it waits for outside input (or is finished/suspended).
    var nextDue: Date? {
        guard status != .suspended, !status.isTerminal else {
            return nil
        }
        return pending.first?.due
    }

    /// Returns and clears the effects produced since the last call.
    mutating func takeEffects() -> [RunEffect] {
        defer { effects = [] }
        return effects
    }

    /// Processes every piece of the run's own work due at or before `time`, in due order.
    mutating func advance(to time: Date) {
        while let due = nextDue, due <= time {
            let work = pending.removeFirst()
            process(work)
        }
    }

    /// Delivers an external input at `time`. The caller has validated it against the status (§5 rules).
    mutating func apply(_ input: ExternalInput, at time: Date) {
        advance(to: time)
        if status.isTerminal {
            if case .rewind(let reason) = input, status == .failed {
                rewind(reason: reason, at: time)
            }
            return
        }
        switch input {
        case .terminate(let reason):
            terminate(reason: reason, at: time)
        case .suspend(let reason):
            let started = status != .pending
            status = .suspended
            if started {
                episode(at: time, events: [.executionSuspended(reason: reason)], deliver: nil)
            } else {
                lastUpdated = time
            }
        case .resume(let reason):
            resume(reason: reason, at: time)
        case .rewind:
            return
        case .raiseEvent, .childCompleted, .childFailed:
            if status == .suspended || status == .pending {
                heldInputs.append(input)
            } else {
                deliver(input, at: time)
            }
        }
    }

    private mutating func deliver(_ input: ExternalInput, at time: Date) {
        switch input {
        case .raiseEvent(let name, let payload):
            episode(
                at: time,
                events: [.eventRaised(name: name, input: payload)],
                deliver: .eventRaised(name: name, input: payload)
            )
        case .childCompleted(let taskId, let result):
            episode(
                at: time,
                events: [.subOrchestrationCompleted(taskScheduledId: taskId, result: result)],
                deliver: .subOrchestrationCompleted(taskId: taskId, result: result)
            )
        case .childFailed(let taskId, let reason, let details):
            episode(
                at: time,
                events: [.subOrchestrationFailed(taskScheduledId: taskId, reason: reason, details: details)],
                deliver: .subOrchestrationFailed(taskId: taskId, reason: reason)
            )
        case .terminate, .suspend, .resume, .rewind:
            return
        }
    }

    private mutating func process(_ work: PendingWork) {
        switch work.kind {
        case .start:
            status = .running
            episode(
                at: work.due,
                events: [.executionStarted(name: name, input: input, parentInstanceId: parent?.instanceId)],
                deliver: .started
            )
            let held = heldInputs
            heldInputs = []
            for input in held {
                deliver(input, at: work.due)
            }
        case .activity(let taskId, .success(let result)):
            episode(
                at: work.due,
                events: [.taskCompleted(taskScheduledId: taskId, result: result)],
                deliver: .activityCompleted(taskId: taskId, result: result)
            )
        case .activity(let taskId, .failure(let reason, let details)):
            episode(
                at: work.due,
                events: [.taskFailed(taskScheduledId: taskId, reason: reason, details: details)],
                deliver: .activityFailed(taskId: taskId, reason: reason)
            )
        case .timer(let taskId, let fireAt):
            episode(
                at: work.due,
                events: [.timerFired(timerId: taskId, fireAt: fireAt)],
                deliver: .timerFired(taskId: taskId)
            )
        }
    }

    /// One orchestrator episode: OrchestratorStarted, the new events, the program's decisions, OrchestratorCompleted.
    private mutating func episode(at time: Date, events: [CoreHistoryEvent.Kind], deliver event: ProgramEvent?) {
        append(.orchestratorStarted, at: time)
        for kind in events {
            append(kind, at: time)
        }
        if let event {
            var context = OrchestrationContext(
                instanceId: instanceId,
                now: time,
                input: ProgramJSON.parse(input),
                random: random,
                nextTaskId: nextEventId,
                customStatus: customStatus,
                durationScale: durationScale,
                incidents: incidents
            )
            program?.handle(event, context: &context)
            random = context.random
            nextEventId = context.nextTaskId
            customStatus = context.customStatus
            for action in context.actions where !status.isTerminal {
                perform(action, at: time)
            }
        }
        append(.orchestratorCompleted, at: time)
        lastUpdated = time
    }

    private mutating func perform(_ action: OrchestratorAction, at time: Date) {
        switch action {
        case .callActivity(let taskId, let name, let input, let duration, let outcome):
            history.append(
                CoreHistoryEvent(eventId: taskId, timestamp: time, kind: .taskScheduled(name: name, input: input))
            )
            let due = time.addingTimeInterval(duration)
            if !incidents.losesCompletion(of: name, dueAt: due) {
                schedule(PendingWork(due: due, kind: .activity(taskId: taskId, outcome: outcome)))
            }
        case .createTimer(let taskId, let fireAt):
            history.append(CoreHistoryEvent(eventId: taskId, timestamp: time, kind: .timerCreated(fireAt: fireAt)))
            schedule(PendingWork(due: fireAt, kind: .timer(taskId: taskId, fireAt: fireAt)))
        case .callSubOrchestrator(let taskId, let name, let childId, let input):
            history.append(
                CoreHistoryEvent(
                    eventId: taskId,
                    timestamp: time,
                    kind: .subOrchestrationCreated(name: name, instanceId: childId, input: input)
                )
            )
            let link = ParentLink(instanceId: instanceId, taskId: taskId)
            effects.append(.createChild(name: name, instanceId: childId, input: input, parent: link))
        case .complete(let result):
            finish(.completed, output: result, at: time)
        case .fail(let message):
            finish(.failed, output: ProgramJSON.text(message), at: time)
        case .continueAsNew(let newInput):
            append(.continueAsNew(result: nil), at: time)
            startNewExecution(input: newInput, at: time)
        }
    }

    private mutating func startNewExecution(input newInput: String?, at time: Date) {
        input = newInput
        history = []
        pending = []
        nextEventId = 0
        program = OrchestratorCatalog.program(named: name)
        append(.orchestratorStarted, at: time)
        append(.executionStarted(name: name, input: newInput, parentInstanceId: parent?.instanceId), at: time)
        var context = OrchestrationContext(
            instanceId: instanceId,
            now: time,
            input: ProgramJSON.parse(newInput),
            random: random,
            nextTaskId: 0,
            customStatus: customStatus,
            durationScale: durationScale,
            incidents: incidents
        )
        program?.handle(.started, context: &context)
        random = context.random
        nextEventId = context.nextTaskId
        customStatus = context.customStatus
        for action in context.actions where !status.isTerminal {
            if case .continueAsNew = action {
                continue
            }
            perform(action, at: time)
        }
    }

    private mutating func finish(_ final: CoreOrchestrationStatus, output result: String?, at time: Date) {
        status = final
        output = result
        pending = []
        heldInputs = []
        append(.executionCompleted(status: final, result: result), at: time)
        effects.append(.finished)
    }

    private mutating func terminate(reason: String?, at time: Date) {
        append(.orchestratorStarted, at: time)
        append(.executionTerminated(input: reason), at: time)
        finish(.terminated, output: reason, at: time)
        append(.orchestratorCompleted, at: time)
        lastUpdated = time
    }

    private mutating func resume(reason: String?, at time: Date) {
        for index in pending.indices where pending[index].due < time {
            pending[index].due = time
        }
        guard !history.isEmpty else {
            status = .pending
            lastUpdated = time
            return
        }
        status = .running
        episode(at: time, events: [.executionResumed(reason: reason)], deliver: nil)
        let held = heldInputs
        heldInputs = []
        for input in held {
            deliver(input, at: time)
        }
    }

    private mutating func rewind(reason: String?, at time: Date) {
        for index in history.indices {
            switch history[index].kind {
            case .taskFailed, .subOrchestrationFailed, .executionCompleted:
                let tombstone = "Rewound: \(CoreHistoryEventNames.name(of: history[index].kind))"
                history[index] = CoreHistoryEvent(
                    eventId: -1,
                    timestamp: history[index].timestamp,
                    kind: .genericEvent(data: tombstone)
                )
            default:
                break
            }
        }
        status = .running
        episode(at: time, events: [.executionRewound(reason: reason)], deliver: .rewound)
    }

    private mutating func append(_ kind: CoreHistoryEvent.Kind, at time: Date) {
        history.append(CoreHistoryEvent(eventId: -1, timestamp: time, kind: kind))
    }

    private mutating func schedule(_ work: PendingWork) {
        var index = pending.endIndex
        while index > pending.startIndex, pending[index - 1].due > work.due {
            index -= 1
        }
        pending.insert(work, at: index)
    }
}
