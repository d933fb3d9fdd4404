import DurableAPI
import Foundation

/// The simulated task hub: instance table, running instances, the clock and the duration scale.
///
/// All state lives in this actor. Work is only processed in `process(until:)` (called by the host's single
/// ticking task and before every request), which handles every wake-up due by then in time order.
actor SimEngine {
    var clock: SimClock
    /// How much shorter simulated durations are on the clock; set for good when the hub goes live.
    var durationScale: DurationScale
    var store = InstanceStore()
    var runs: [String: InstanceRun] = [:]
    var queue = WakeQueue()
    var random: SeededRandom
    let settings: EngineSettings
    var traffic: TrafficGenerator
    /// The outages the hub lives through (set when it is populated with its troubles).
    var incidents = Incidents.none

    /// Creates an engine; pre-population happens in `prepopulate()`.
    init(settings: EngineSettings) {
        self.settings = settings
        self.random = SeededRandom(seed: settings.seed)
        self.traffic = TrafficGenerator(seed: settings.seed, waitingWorkflows: settings.waitingWorkflows)
        if let scale = settings.timeScale {
            self.clock = SimClock(mode: .wall)
            self.durationScale = DurationScale(factor: scale, start: Date())
        } else {
            self.clock = SimClock(mode: .manual(now: settings.manualStart))
            self.durationScale = .none
        }
    }

    /// The current time (wall clock, or the manual clock).
    var now: Date {
        clock.now()
    }

    /// Real seconds until the next wake-up (for the ticking task), or `nil` when nothing is queued or the clock is
    /// manual.
    func realDelayUntilNextWake() -> Double? {
        guard let due = queue.nextDue else {
            return nil
        }
        return clock.realDelay(until: due)
    }

    /// Processes everything due up to the current time.
    func catchUp() {
        process(until: now)
    }

    /// Moves a manual clock forward by `seconds` and processes what became due (the wall clock does not move).
    func advance(by seconds: Double) {
        clock.advance(by: seconds)
        process(until: now)
    }

    /// Handles every wake-up due at or before `time`, in time order.
    func process(until time: Date) {
        while let (due, target) = queue.popDue(notAfter: time) {
            switch target {
            case .instance(let id):
                guard let next = runs[id]?.nextDue, next <= due, var run = runs.removeValue(forKey: id) else {
                    continue
                }
                run.advance(to: due)
                commit(run)
            case .action(let action):
                perform(action, at: due)
            }
        }
    }

    /// Stores a run's new state in its record, handles its effects and queues its next wake-up.
    ///
    /// Callers take the run out of `runs` (`removeValue`) before mutating it, so its history is not copied.
    func commit(_ changed: InstanceRun) {
        var run = changed
        let effects = run.takeEffects()
        store.update(run.instanceId) { record in
            record.status = run.status
            record.input = run.input
            record.output = run.output
            record.customStatus = run.customStatus
            record.lastUpdatedTime = run.lastUpdated
        }
        if run.status.isTerminal {
            runs[run.instanceId] = nil
        } else {
            runs[run.instanceId] = run
            if let due = run.nextDue {
                queue.push(.instance(run.instanceId), at: due)
            }
        }
        for effect in effects {
            switch effect {
            case .createChild(let name, let childId, let input, let parent):
                createChild(name: name, instanceId: childId, input: input, parent: parent, at: run.lastUpdated)
            case .finished:
                notifyParent(of: run)
            }
        }
    }

    /// Logs an external input for an instance and applies it at `time`.
    func deliver(_ input: ExternalInput, to instanceId: String, at time: Date) {
        guard var run = runs.removeValue(forKey: instanceId) ?? replayedRun(instanceId) else {
            return
        }
        store.update(instanceId) { record in
            if case .orchestration(let seed, let original, let startAt, let parent, var log) = record.kind {
                log.append(LoggedInput(time: time, input: input))
                record.kind = .orchestration(
                    seed: seed,
                    originalInput: original,
                    startAt: startAt,
                    parent: parent,
                    log: log
                )
            }
        }
        run.apply(input, at: time)
        commit(run)
    }

    /// Creates an orchestration instance record and its run, started at `startAt`.
    @discardableResult
    func createInstance(
        name: String,
        instanceId: String,
        input: String?,
        createdAt: Date,
        startAt: Date,
        parent: ParentLink?
    ) -> Bool {
        let seed = random.next()
        guard
            let run = InstanceRun(
                instanceId: instanceId,
                name: name,
                input: input,
                seed: seed,
                createdAt: createdAt,
                startAt: startAt,
                parent: parent,
                durationScale: durationScale,
                incidents: incidents
            )
        else {
            return false
        }
        store.upsert(
            InstanceRecord(
                instanceId: instanceId,
                name: name,
                kind: .orchestration(seed: seed, originalInput: input, startAt: startAt, parent: parent, log: []),
                createdTime: createdAt,
                lastUpdatedTime: createdAt,
                status: .pending,
                input: input,
                output: nil,
                customStatus: nil,
                executionId: random.guidN()
            )
        )
        runs[instanceId] = run
        if let due = run.nextDue {
            queue.push(.instance(instanceId), at: due)
        }
        return true
    }

    /// Re-synthesizes a finished instance's run from its seed and input log (its history is not kept in memory).
    func replayedRun(_ instanceId: String) -> InstanceRun? {
        guard let record = store[instanceId],
            case .orchestration(let seed, let originalInput, let startAt, let parent, let log) = record.kind,
            var run = InstanceRun(
                instanceId: instanceId,
                name: record.name,
                input: originalInput,
                seed: seed,
                createdAt: record.createdTime,
                startAt: startAt,
                parent: parent,
                durationScale: durationScale,
                incidents: incidents
            )
        else {
            return nil
        }
        for entry in log {
            run.apply(entry.input, at: entry.time)
        }
        run.advance(to: record.lastUpdatedTime)
        _ = run.takeEffects()
        return run
    }

    private func createChild(name: String, instanceId: String, input: String?, parent: ParentLink, at time: Date) {
        if let existing = store[instanceId] {
            guard existing.status.isTerminal else {
                return
            }
            store.remove([instanceId])
            runs[instanceId] = nil
        }
        createInstance(name: name, instanceId: instanceId, input: input, createdAt: time, startAt: time, parent: parent)
        if var child = runs.removeValue(forKey: instanceId) {
            child.advance(to: time)
            commit(child)
        }
    }

    private func notifyParent(of child: InstanceRun) {
        guard let parent = child.parent, runs[parent.instanceId] != nil else {
            return
        }
        let input: ExternalInput
        if child.status == .completed {
            input = .childCompleted(taskId: parent.taskId, result: child.output)
        } else {
            let reason = "Orchestration '\(child.name)' failed: \(child.output ?? "no reason")"
            input = .childFailed(taskId: parent.taskId, reason: reason, details: "")
        }
        deliver(input, to: parent.instanceId, at: child.lastUpdated)
    }
}
