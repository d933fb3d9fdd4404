extension DurableClient {
    /// Where following an instance ended.
    public enum FollowOutcome: Sendable, Hashable {
        /// The host answered 200 (or 500 with a failed instance's status).
        case finished(OrchestrationStatus)
        /// The deadline came while the host still answered 202; the last status it sent.
        case stillRunning(OrchestrationStatus)
    }

    /// Follows one instance to its end as the async HTTP pattern prescribes (§5.2): GET its status, and while
    /// the host answers 202, wait its `Retry-After` (clamped by `policy`) and GET the `Location` it names (the
    /// same status URL when it names none), until 200, or a 500 carrying a failed instance's status.
    ///
    /// - Parameters:
    ///   - deadline: When to stop waiting and answer ``FollowOutcome/stillRunning(_:)``; `nil` waits for ever.
    ///   - onAnswer: Called with every status the host sends, and the number of requests sent so far.
    /// - Throws: ``DurableAPIError`` for any other answer (404 is ``DurableAPIError/notFound(_:)``).
    public func follow(
        instanceID: String,
        deadline: ContinuousClock.Instant? = nil,
        policy: PollingPolicy = PollingPolicy(),
        sleeper: any Sleeper = TaskSleeper(),
        onAnswer: @Sendable (OrchestrationStatus, Int) -> Void = { _, _ in }
    ) async throws(DurableAPIError) -> FollowOutcome {
        let subject = "instance '\(instanceID)'"
        var request = endpoint.request(.get, pathSegments: ["instances", instanceID])
        var requests = 0
        while true {
            let response = try await send(request)
            requests += 1
            let state = try instanceState(from: response, subject: subject)
            onAnswer(state.status, requests)
            guard state.isRunning else {
                return .finished(state.status)
            }
            var delay = policy.delay(retryAfter: response.headers["Retry-After"])
            if let deadline {
                let left = deadline - ContinuousClock.now
                if left <= .zero {
                    return .stillRunning(state.status)
                }
                delay = min(delay, left)
            }
            do {
                try await sleeper.sleep(for: delay)
            } catch {
                throw .transport(.cancelled)
            }
            if let location = response.headers["Location"], !location.isEmpty {
                request = endpoint.authorized(HTTPRequest(method: .get, url: try pollURL(for: location)))
            }
        }
    }
}
