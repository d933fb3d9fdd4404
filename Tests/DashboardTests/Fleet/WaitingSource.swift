import DurableAPI
import HubKit

/// A hub whose listing answers only once `other` has been asked for its own (and fails after five seconds
/// without): a look at it ends well only when the two looks run at once.
struct WaitingSource: HubSource {
    /// The hub whose listing must start first.
    let other: FakeSource

    /// One empty page once `other` has been asked, else a timeout.
    func instances(_ query: InstanceQuery) -> ContinuationPages<OrchestrationStatus> {
        let other = self.other
        return ContinuationPages { _ throws(DurableAPIError) in
            for _ in 0..<500 where other.instanceQueries.isEmpty {
                try? await Task.sleep(for: .milliseconds(10))
            }
            guard !other.instanceQueries.isEmpty else {
                throw .transport(.timedOut("the other look never started"))
            }
            return ([], nil)
        }
    }

    /// Never asked by a look.
    func instance(_ instanceID: String, options: StatusOptions) async throws(DurableAPIError) -> OrchestrationStatus {
        throw .notFound(instanceID)
    }

    /// Never asked by a look.
    func entities(_ query: EntityQuery) -> ContinuationPages<EntityStatus> {
        ContinuationPages { _ throws(DurableAPIError) in ([], nil) }
    }

    /// Never asked by a look.
    func entityState(_ id: EntityID) async throws(DurableAPIError) -> JSONValue {
        throw .notFound(id.instanceId)
    }

    /// Nothing is exchanged.
    var traffic: TrafficCounter.Snapshot { TrafficCounter.Snapshot() }
}
