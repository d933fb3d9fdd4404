import DurableAPI

/// The dashboard's data source over HTTP: a ``DurableAPI/DurableClient`` whose transport counts traffic.
public struct DurableClientSource: HubSource {
    private let client: DurableClient
    private let counter = TrafficCounter()
    private let retryAfterNote = RetryAfterNote()

    /// Wraps a client; its transport is wrapped in a ``CountingTransport``.
    public init(client: DurableClient) {
        self.client = DurableClient(
            endpoint: client.endpoint,
            transport: CountingTransport(client.transport, counter: counter, retryAfter: retryAfterNote)
        )
    }

    /// Lists instances through the client, asking for each next page while the one before is decoded and merged.
    public func instances(_ query: InstanceQuery) -> ContinuationPages<OrchestrationStatus> {
        client.instances(query).prefetching()
    }

    /// Gets one instance through the client (202 and 200 both carry the status).
    public func instance(
        _ instanceID: String,
        options: StatusOptions
    ) async throws(DurableAPIError) -> OrchestrationStatus {
        try await client.status(of: instanceID, options: options).status
    }

    /// Lists entities through the client, asking for each next page while the one before is decoded.
    public func entities(_ query: EntityQuery) -> ContinuationPages<EntityStatus> {
        client.entities(query).prefetching()
    }

    /// Gets an entity's state through the client; a missing entity is `.notFound`.
    public func entityState(_ id: EntityID) async throws(DurableAPIError) -> JSONValue {
        guard let state = try await client.entityState(id) else {
            throw .notFound(id.instanceId)
        }
        return state
    }

    /// Requests and bytes exchanged so far.
    public var traffic: TrafficCounter.Snapshot { counter.snapshot }

    /// The `Retry-After` of the last answer, when it was a 429 or 503.
    public var retryAfter: String? { retryAfterNote.value }
}
