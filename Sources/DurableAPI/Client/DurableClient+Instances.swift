import Foundation

extension DurableClient {
    /// Starts orchestrator `name` (§5.1), optionally with a chosen instance id, a JSON input and
    /// wait-for-completion parameters. No input sends no body (the host then uses `null`).
    public func start(
        orchestrator name: String,
        instanceID: String? = nil,
        input: JSONValue? = nil,
        wait: WaitForCompletion? = nil
    ) async throws(DurableAPIError) -> StartResult {
        var segments = ["orchestrators", name]
        if let instanceID {
            segments.append(instanceID)
        }
        var query = QueryItems()
        wait?.add(to: &query)
        let request = Self.jsonRequest(endpoint, .post, pathSegments: segments, query: query, body: input)
        let response = try await send(request)
        return try startResult(from: response, subject: "orchestrator '\(name)'")
    }

    /// Gets one instance's status (§5.2): ``InstanceState/running(_:)`` for 202, ``InstanceState/finished(_:)``
    /// for 200 (and for a 500 carrying a status object, as with `returnInternalServerErrorOnFailure` or v1).
    public func status(
        of instanceID: String,
        options: StatusOptions = StatusOptions()
    ) async throws(DurableAPIError) -> InstanceState {
        let request = endpoint.request(.get, pathSegments: ["instances", instanceID], query: options.queryItems)
        let response = try await send(request)
        return try instanceState(from: response, subject: "instance '\(instanceID)'")
    }

    /// Lists instances (§5.3) as pages, following continuation tokens.
    public func instances(_ query: InstanceQuery = InstanceQuery()) -> ContinuationPages<OrchestrationStatus> {
        continuationPages(pathSegments: ["instances"], query: query.queryItems, subject: "instance list")
    }

    /// Purges one instance's history (§5.4); returns the number deleted. A missing instance is
    /// ``DurableAPIError/notFound(_:)``.
    public func purge(instanceID: String) async throws(DurableAPIError) -> Int {
        let response = try await send(endpoint.request(.delete, pathSegments: ["instances", instanceID]))
        guard response.status == 200 else {
            throw failure(for: response, subject: "instance '\(instanceID)'")
        }
        return try decode(PurgeResult.self, from: response).instancesDeleted
    }

    /// Purges every instance matching `filter` (§5.5); returns the number deleted (the host's 404 means 0).
    public func purge(_ filter: PurgeFilter) async throws(DurableAPIError) -> Int {
        let response = try await send(endpoint.request(.delete, pathSegments: ["instances"], query: filter.queryItems))
        switch response.status {
        case 200:
            return try decode(PurgeResult.self, from: response).instancesDeleted
        case 404:
            return 0
        default:
            throw failure(for: response, subject: "purge filter")
        }
    }

    /// Raises event `eventName` on an instance (§5.6) with `Content-Type: application/json`; no data sends `null`.
    public func raiseEvent(
        _ eventName: String,
        to instanceID: String,
        data: JSONValue? = nil
    ) async throws(DurableAPIError) {
        let request = Self.jsonRequest(
            endpoint,
            .post,
            pathSegments: ["instances", instanceID, "raiseEvent", eventName],
            query: QueryItems(),
            body: data ?? .null
        )
        try await sendExpectingAccepted(request, subject: "instance '\(instanceID)'")
    }

    /// Terminates, suspends, resumes or rewinds an instance (§5.7–§5.10), with an optional reason.
    /// A finished instance is ``DurableAPIError/gone(_:)``.
    public func perform(
        _ operation: InstanceOperation,
        on instanceID: String,
        reason: String? = nil
    ) async throws(DurableAPIError) {
        var query = QueryItems()
        query.add("reason", ifPresent: reason)
        let request = endpoint.request(
            .post,
            pathSegments: ["instances", instanceID, operation.rawValue],
            query: query
        )
        try await sendExpectingAccepted(request, subject: "instance '\(instanceID)'")
    }

    /// Restarts an instance with its original input (§5.11); `newInstanceID` picks
    /// `restartWithNewInstanceId=true` (a fresh random id) or `false` (the same id).
    public func restart(
        _ instanceID: String,
        newInstanceID: Bool = true,
        wait: WaitForCompletion? = nil
    ) async throws(DurableAPIError) -> StartResult {
        var query = QueryItems()
        query.add("restartWithNewInstanceId", newInstanceID ? "true" : "false")
        wait?.add(to: &query)
        let response = try await send(
            endpoint.request(.post, pathSegments: ["instances", instanceID, "restart"], query: query)
        )
        return try startResult(from: response, subject: "instance '\(instanceID)'")
    }
}
