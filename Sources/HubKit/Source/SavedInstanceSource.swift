import DurableAPI

/// A hub of one saved instance, for reading a status file with no host and no key (`durabletop open`): the list
/// holds the instance, its detail is the saved status with its history, and there are no entities.
public struct SavedInstanceSource: HubSource {
    /// The saved status, as the host returned it with `showHistory=true`.
    public let status: OrchestrationStatus

    /// A source serving `status`.
    public init(status: OrchestrationStatus) {
        self.status = status
    }

    /// Reads a saved status: a `show --history -o json` file or the host's get-status answer.
    ///
    /// - Throws: ``JSONParseError`` or ``JSONDecodingError`` naming what is wrong.
    public init(jsonText: String) throws {
        status = try OrchestrationStatus(json: JSONValue(parsing: jsonText))
    }

    /// One page: the instance without its history, whatever the query.
    public func instances(_ query: InstanceQuery) -> ContinuationPages<OrchestrationStatus> {
        var row = status
        row.historyEvents = nil
        let listed = row
        return ContinuationPages { _ in ([listed], nil) }
    }

    /// The saved status; any other id is not found.
    public func instance(
        _ instanceID: String,
        options: StatusOptions
    ) async throws(DurableAPIError) -> OrchestrationStatus {
        guard instanceID == status.instanceId else {
            throw .notFound("instance '\(instanceID)' (not in the saved file)")
        }
        return status
    }

    /// No entities.
    public func entities(_ query: EntityQuery) -> ContinuationPages<EntityStatus> {
        ContinuationPages { _ in ([], nil) }
    }

    /// No entity exists.
    public func entityState(_ id: EntityID) async throws(DurableAPIError) -> JSONValue {
        throw .notFound("entity '\(id.instanceId)' (not in the saved file)")
    }

    /// Nothing crosses a network.
    public var traffic: TrafficCounter.Snapshot { TrafficCounter.Snapshot() }
}
