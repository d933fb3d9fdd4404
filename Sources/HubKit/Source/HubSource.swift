import DurableAPI

/// Where the dashboard gets its data: the network boundary.
///
/// ``DurableClientSource`` implements it over HTTP with ``DurableAPI/DurableClient``; tests implement it in memory.
/// Every method may be called from background tasks; none is ever called from the terminal's thread.
public protocol HubSource: Sendable {
    /// The pages of instances matching a query, in host order, following continuation tokens.
    func instances(_ query: InstanceQuery) -> ContinuationPages<OrchestrationStatus>

    /// One instance's status, with history when `options` asks for it. Throws `.notFound` for an unknown id.
    func instance(_ instanceID: String, options: StatusOptions) async throws(DurableAPIError) -> OrchestrationStatus

    /// The pages of entities matching a query.
    func entities(_ query: EntityQuery) -> ContinuationPages<EntityStatus>

    /// One entity's state. Throws `.notFound` when the entity does not exist.
    func entityState(_ id: EntityID) async throws(DurableAPIError) -> JSONValue

    /// Requests and bytes exchanged so far (monotonic), for the per-tick cost figures.
    var traffic: TrafficCounter.Snapshot { get }

    /// The `Retry-After` text of the host's last answer when it was a 429 or 503 (`nil` otherwise), which the
    /// poller's backoff honours.
    var retryAfter: String? { get }
}

extension HubSource {
    /// No `Retry-After`: a source that is not a throttling host never asks to wait.
    public var retryAfter: String? { nil }
}
