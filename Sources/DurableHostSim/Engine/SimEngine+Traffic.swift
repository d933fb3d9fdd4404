import Foundation

extension SimEngine {
    /// Fills the hub with `settings.prepopulate` instances spread over the simulated day before now, by running
    /// the simulation fast-forward from a day ago, then starts background arrivals (when configured).
    func prepopulate() {
        let end = now
        let target = settings.prepopulate
        if target > 0 {
            let start = end.addingTimeInterval(-86_400)
            clock = SimClock(mode: .manual(now: start))
            store.beginBulkLoad()
            populateArrivals(from: start, until: end, target: target)
            clock = SimClock(mode: .manual(now: end))
            process(until: end)
            store.finishBulkLoad()
        }
        if let scale = settings.timeScale {
            clock = SimClock(mode: .scaled(realStart: Date(), simulatedStart: end, scale: scale))
        }
        if settings.arrivalsPerMinute > 0 {
            queue.push(
                .action(.arrival),
                at: end.addingTimeInterval(traffic.gap(mean: 60 / settings.arrivalsPerMinute))
            )
        }
    }

    /// Runs the simulation from `start` to `end`, creating arrivals at a pace that yields about `target` rows.
    private func populateArrivals(from start: Date, until end: Date, target: Int) {
        var time = start
        while store.count < target {
            let remaining = max(end.timeIntervalSince(time), 0)
            let gap = min(traffic.gap(mean: remaining / Double(max(target - store.count, 1))), remaining)
            time = time.addingTimeInterval(gap)
            process(until: time)
            arrive(at: time)
        }
    }

    /// Performs a scheduled engine action.
    func perform(_ action: EngineAction, at time: Date) {
        switch action {
        case .arrival:
            arrive(at: time)
            if settings.arrivalsPerMinute > 0 {
                queue.push(
                    .action(.arrival),
                    at: time.addingTimeInterval(traffic.gap(mean: 60 / settings.arrivalsPerMinute))
                )
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
            var instanceId = arrival.instanceId
            if store[instanceId] != nil {
                instanceId = random.guidN()
            }
            let startAt = time.addingTimeInterval(arrival.startDelay)
            createInstance(
                name: arrival.name,
                instanceId: instanceId,
                input: arrival.input,
                createdAt: time,
                startAt: startAt,
                parent: nil
            )
            for (delay, input) in arrival.followUps {
                queue.push(.action(.external(instanceId: instanceId, input: input)), at: time.addingTimeInterval(delay))
            }
        }
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
