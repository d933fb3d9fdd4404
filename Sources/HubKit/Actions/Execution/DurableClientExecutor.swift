import DurableAPI

/// Performs operator actions through ``DurableAPI/DurableClient``.
///
/// A start (or restart) follows the async 202 pattern: the check-status payload names the new instance, whose
/// status URL is then polled until the host lists it (a new instance can take a moment to appear), so the
/// dashboard can open it.
public struct DurableClientExecutor: ActionExecutor {
    private let client: DurableClient
    private let sleeper: any Sleeper
    private let appearAttempts: Int

    /// Creates an executor; `appearAttempts` bounds the polls for a started instance to appear (one per
    /// `Retry-After`-like second through `sleeper`).
    public init(client: DurableClient, sleeper: any Sleeper = TaskSleeper(), appearAttempts: Int = 5) {
        self.client = client
        self.sleeper = sleeper
        self.appearAttempts = max(1, appearAttempts)
    }

    /// Sends the request for `target`.
    public func perform(_ request: ActionRequest, on target: String?) async throws(DurableAPIError) -> ActionSuccess {
        let id = target ?? ""
        switch request {
        case .terminate(let reason):
            try await client.perform(.terminate, on: id, reason: reason.isEmpty ? nil : reason)
        case .suspend(let reason):
            try await client.perform(.suspend, on: id, reason: reason.isEmpty ? nil : reason)
        case .resume(let reason):
            try await client.perform(.resume, on: id, reason: reason.isEmpty ? nil : reason)
        case .rewind(let reason):
            try await client.perform(.rewind, on: id, reason: reason.isEmpty ? nil : reason)
        case .raiseEvent(let name, let payload):
            try await client.raiseEvent(name, to: id, data: payload)
        case .purge:
            return .purged(try await client.purge(instanceID: id))
        case .purgeByFilter(let filter):
            return .purged(try await client.purge(filter))
        case .restart(let newInstanceID):
            return try await follow(client.restart(id, newInstanceID: newInstanceID), fallbackID: id)
        case .start(let name, let instanceID, let input):
            return try await follow(
                client.start(orchestrator: name, instanceID: instanceID, input: input),
                fallbackID: instanceID ?? ""
            )
        case .signal(let operation, let input):
            guard let entity = EntityID(instanceId: id) else {
                throw .notFound("entity '\(HostText.sanitized(id))'")
            }
            try await client.signal(entity, operation: operation, input: input)
        }
        return .accepted
    }

    /// Counts the instances a purge filter matches by listing them (ids only, no inputs).
    public func count(matching filter: PurgeFilter) async throws(DurableAPIError) -> Int {
        let query = InstanceQuery(
            createdFrom: filter.createdFrom,
            createdTo: filter.createdTo,
            statuses: filter.statuses,
            showInput: false
        )
        var total = 0
        for try await page in client.instances(query) {
            total += page.count
        }
        return total
    }

    /// Turns a start or restart answer into the new instance's id and, once it is listed, its status.
    private func follow(_ result: StartResult, fallbackID: String) async throws(DurableAPIError) -> ActionSuccess {
        switch result {
        case .accepted(let payload):
            let status = await firstStatus(of: payload.id)
            return .started(instanceID: payload.id, status: status)
        case .completed:
            return .started(instanceID: fallbackID, status: .completed)
        case .finished(let status):
            return .started(instanceID: status.instanceId, status: status.runtimeStatus)
        }
    }

    /// Polls the new instance's status until the host knows it; `nil` when it did not appear in time.
    private func firstStatus(of instanceID: String) async -> RuntimeStatus? {
        for attempt in 0..<appearAttempts {
            if attempt > 0 {
                do {
                    try await sleeper.sleep(for: .seconds(1))
                } catch {
                    return nil
                }
            }
            do {
                return try await client.status(of: instanceID).status.runtimeStatus
            } catch .notFound {
                continue
            } catch {
                return nil
            }
        }
        return nil
    }
}
