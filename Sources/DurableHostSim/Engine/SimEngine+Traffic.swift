import Foundation

extension SimEngine {
    /// Fills the hub with `settings.prepopulate` instances spread over the day before now, by running the
    /// simulation fast-forward from a day ago, then starts background arrivals (when configured). A population of
    /// at least `TroublePlan.minimumPopulation` also lives through the plan's troubles (its incidents stay on).
    ///
    /// The synthesized day keeps realistic durations; the duration scale applies from now on, when the hub goes
    /// live. Afterwards the engine gets its own clock back (the wall clock, or the manual clock still at now), so
    /// the first live timestamps follow the last synthesized ones.
    func prepopulate() {
        let end = now
        let live = clock
        durationScale.start = end
        let target = settings.prepopulate
        if target > 0 {
            let start = end.addingTimeInterval(-86_400)
            let plan = target >= TroublePlan.minimumPopulation ? TroublePlan(end: end, seed: settings.seed) : nil
            incidents = plan?.incidents ?? .none
            clock = SimClock(mode: .manual(now: start))
            store.beginBulkLoad()
            populateArrivals(from: start, until: end, target: target, planned: plan?.entries ?? [])
            clock = SimClock(mode: .manual(now: end))
            process(until: end)
            store.finishBulkLoad()
        }
        clock = live
        if settings.arrivalsPerMinute > 0 {
            queue.push(.action(.arrival), at: end.addingTimeInterval(arrivalGap(at: end)))
        }
    }

    /// Runs the simulation from `start` to `end`, creating arrivals at a pace that yields about `target` rows, with
    /// the `planned` ones (in time order) among them at their times.
    private func populateArrivals(from start: Date, until end: Date, target: Int, planned: [TroublePlan.Entry]) {
        var time = start
        var nextPlanned = planned.startIndex
        while store.count < target {
            let remaining = max(end.timeIntervalSince(time), 0)
            time = time.addingTimeInterval(traffic.gap(toFirstOf: target - store.count, within: remaining))
            while nextPlanned < planned.endIndex, planned[nextPlanned].time <= time {
                startPlanned(planned[nextPlanned])
                nextPlanned += 1
            }
            process(until: time)
            arrive(at: time)
        }
        for entry in planned[nextPlanned...] {
            startPlanned(entry)
        }
    }

    /// Runs the simulation up to a planned arrival's time and creates its instance.
    private func startPlanned(_ entry: TroublePlan.Entry) {
        process(until: entry.time)
        start(entry.arrival, at: entry.time)
    }

    /// Performs a scheduled engine action.
    func perform(_ action: EngineAction, at time: Date) {
        switch action {
        case .arrival:
            arrive(at: time)
            if settings.arrivalsPerMinute > 0 {
                queue.push(.action(.arrival), at: time.addingTimeInterval(arrivalGap(at: time)))
            }
        case .external(let instanceId, let input):
            scriptedInput(input, to: instanceId, at: time)
        case .signal(let entity, let key, let operation, let input):
            applySignal(entity: entity, key: key, operation: operation, input: input, at: time)
        }
    }

    private func arrive(at time: Date) {
        switch traffic.next(at: time) {
        case .entityOperation(let entity, let key, let operation, let input):
            applySignal(entity: entity, key: key, operation: operation, input: input, at: time)
        case .orchestration(let arrival):
            start(arrival, at: time)
        }
    }

    /// Creates an arriving orchestration instance (a GUID replaces a taken ID) and schedules its follow-ups.
    private func start(_ arrival: OrchestrationArrival, at time: Date) {
        var instanceId = arrival.instanceId
        if store[instanceId] != nil {
            instanceId = random.guidN()
        }
        let startAt = time.addingTimeInterval(durationScale.clockSeconds(arrival.startDelay, beginningAt: time))
        createInstance(
            name: arrival.name,
            instanceId: instanceId,
            input: arrival.input,
            createdAt: time,
            startAt: startAt,
            parent: nil
        )
        for (delay, input) in arrival.followUps {
            let due = time.addingTimeInterval(durationScale.clockSeconds(delay, beginningAt: time))
            queue.push(.action(.external(instanceId: instanceId, input: input)), at: due)
        }
    }

    /// Seconds on the clock until the background arrival after one at `time`.
    private func arrivalGap(at time: Date) -> Double {
        durationScale.clockSeconds(traffic.gap(mean: 60 / settings.arrivalsPerMinute), beginningAt: time)
    }

    /// Delivers a scripted management call if it is still valid for the instance's status.
    private func scriptedInput(_ input: ExternalInput, to instanceId: String, at time: Date) {
        guard let record = store[instanceId], !record.status.isTerminal else {
            return
        }
        switch input {
        case .suspend where record.status == .suspended, .resume where record.status != .suspended:
            return
        default:
            deliver(input, to: instanceId, at: time)
        }
    }
}
