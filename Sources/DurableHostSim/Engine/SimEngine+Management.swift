import DurableAPI
import Foundation

extension SimEngine {
    /// Starts orchestrator `functionName` (§5.1); returns the instance ID.
    func start(functionName: String, instanceId requestedId: String?, input: String?) throws(StartFailure) -> String {
        catchUp()
        guard let name = OrchestratorCatalog.canonicalName(functionName) else {
            throw .unknownFunction(name: functionName)
        }
        let instanceId = requestedId ?? random.guidN()
        if let message = SimEngine.instanceIdProblem(instanceId) {
            throw .invalidInstanceId(message: message)
        }
        if let existing = store[instanceId] {
            guard existing.status.isTerminal else {
                throw .alreadyExists(status: existing.status)
            }
            store.remove([instanceId])
            runs[instanceId] = nil
        }
        let time = now
        createInstance(name: name, instanceId: instanceId, input: input, createdAt: time, startAt: time, parent: nil)
        if var run = runs.removeValue(forKey: instanceId) {
            run.advance(to: time)
            commit(run)
        }
        return instanceId
    }

    /// Restarts an orchestration with its original name and input (§5.11); returns the new instance ID.
    func restart(instanceId: String, newInstanceId: Bool) throws(StartFailure) -> String {
        catchUp()
        guard let record = store[instanceId], case .orchestration(_, let originalInput, _, _, _) = record.kind else {
            throw .restartTargetMissing
        }
        return try start(functionName: record.name, instanceId: newInstanceId ? nil : instanceId, input: originalInput)
    }

    /// The current status of an instance, with its transformed history when asked (never for Pending).
    func status(instanceId: String, history transformer: HistoryTransformer?) -> InstanceSnapshot? {
        catchUp()
        guard let record = store[instanceId] else {
            return nil
        }
        var snapshot = record.snapshot
        guard let transformer, record.status != .pending else {
            return snapshot
        }
        if record.isEntity {
            snapshot.history = []
        } else if let run = runs[instanceId] ?? replayedRun(instanceId) {
            let raw = RawHistory.json(run.history, instanceId: instanceId, executionId: record.executionId)
            snapshot.history = transformer.transform(raw)
        }
        return snapshot
    }

    /// Raises an external event (§5.6).
    func raiseEvent(instanceId: String, name: String, payload: String?) -> ManagementOutcome {
        catchUp()
        guard let record = store[instanceId] else {
            return .notFound
        }
        guard !record.status.isTerminal else {
            return .gone
        }
        if !record.isEntity {
            deliver(.raiseEvent(name: name, input: payload), to: instanceId, at: now)
        }
        return .accepted
    }

    /// Terminates an instance; its output becomes the reason (§5.7).
    func terminate(instanceId: String, reason: String?) -> ManagementOutcome {
        manage(instanceId) { _ in .terminate(reason: reason) }
    }

    /// Suspends an instance (§5.8).
    func suspend(instanceId: String, reason: String?) -> ManagementOutcome {
        manage(instanceId) { status in
            status == .suspended ? nil : .suspend(reason: reason)
        } refusal: { status in
            "Cannot suspend the orchestration instance \(instanceId) because instance is in the \(status.name) state."
        }
    }

    /// Resumes a suspended instance (§5.9).
    func resume(instanceId: String, reason: String?) -> ManagementOutcome {
        manage(instanceId) { status in
            status == .suspended ? .resume(reason: reason) : nil
        } refusal: { status in
            "Cannot resume the orchestration instance \(instanceId) because instance is in the \(status.name) state."
        }
    }

    /// Rewinds a failed instance (§5.10): 410 for other completed statuses, 500 for running ones.
    func rewind(instanceId: String, reason: String?) -> ManagementOutcome {
        catchUp()
        guard let record = store[instanceId] else {
            return .notFound
        }
        switch record.status {
        case .failed:
            deliver(.rewind(reason: reason), to: instanceId, at: now)
            return .accepted
        case .completed, .terminated, .canceled:
            return .gone
        case .running, .pending, .suspended, .continuedAsNew:
            return .invalidState(
                message: "The rewind operation is only supported on failed orchestration instances. "
                    + "Instance \(instanceId) is in the \(record.status.name) state."
            )
        }
    }

    /// Purges one instance, whatever its status (§5.4, baseline); `false` when it does not exist.
    func purge(instanceId: String) -> Bool {
        catchUp()
        guard store[instanceId] != nil else {
            return false
        }
        store.remove([instanceId])
        runs[instanceId] = nil
        return true
    }

    /// Purges every instance created in `[from, to]` whose status is in `statuses` (all when `nil`) (§5.5).
    func purge(createdFrom from: Date, createdTo to: Date?, statuses: Set<Int>?) -> Int {
        catchUp()
        let upper = to ?? now
        var doomed: Set<String> = []
        for id in store.sortedIds {
            guard let record = store[id], record.createdTime >= from, record.createdTime <= upper else {
                continue
            }
            if let statuses, !statuses.contains(record.status.rawValue) {
                continue
            }
            doomed.insert(id)
        }
        store.remove(doomed)
        for id in doomed {
            runs[id] = nil
        }
        return doomed.count
    }

    private func manage(
        _ instanceId: String,
        input makeInput: (CoreOrchestrationStatus) -> ExternalInput?,
        refusal: (CoreOrchestrationStatus) -> String = { _ in "" }
    ) -> ManagementOutcome {
        catchUp()
        guard let record = store[instanceId] else {
            return .notFound
        }
        guard !record.status.isTerminal else {
            return .gone
        }
        guard let input = makeInput(record.status) else {
            return .invalidState(message: refusal(record.status))
        }
        if !record.isEntity {
            deliver(input, to: instanceId, at: now)
        }
        return .accepted
    }

    /// Why the host would refuse `instanceId`, or `nil` when it is acceptable.
    static func instanceIdProblem(_ instanceId: String) -> String? {
        let reason: String
        if instanceId.hasPrefix("@") {
            reason = "Orchestration instance ids must not start with @."
        } else if instanceId.unicodeScalars.contains(where: {
            "/\\?#".unicodeScalars.contains($0) || $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0)
        }) {
            reason = "Orchestration instance ids must not contain /, \\, #, ?, or control characters."
        } else if instanceId.count > 256 {
            reason = "Instance ID lengths must not exceed 256 characters."
        } else if instanceId.isEmpty {
            reason = "Orchestration instance ids must not be empty."
        } else {
            return nil
        }
        return "instanceId (Parameter '\(reason)')"
    }
}
