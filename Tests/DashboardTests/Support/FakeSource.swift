import Dashboard
import DurableAPI
import Foundation
import HubKit
import Synchronization

/// An in-memory host behind the ``HubSource`` boundary that records every query it answers.
final class FakeSource: HubSource {
    struct Contents {
        var instances: [String: OrchestrationStatus] = [:]
        var entities: [EntityStatus] = []
        var instanceQueries: [InstanceQuery] = []
        var singleFetches: [String] = []
        var failure: DurableAPIError?
    }

    let contents = Mutex(Contents())
    let counter = TrafficCounter()
    let pageSize: Int

    init(_ instances: [OrchestrationStatus] = [], pageSize: Int = 2) {
        self.pageSize = pageSize
        contents.withLock { contents in
            for instance in instances {
                contents.instances[instance.instanceId] = instance
            }
        }
    }

    func put(_ instance: OrchestrationStatus) {
        contents.withLock { $0.instances[instance.instanceId] = instance }
    }

    func remove(_ id: String) {
        contents.withLock { $0.instances[id] = nil }
    }

    var instanceQueries: [InstanceQuery] { contents.withLock { $0.instanceQueries } }
    var singleFetches: [String] { contents.withLock { $0.singleFetches } }

    func instances(_ query: InstanceQuery) -> ContinuationPages<OrchestrationStatus> {
        let matching = contents.withLock { contents -> [OrchestrationStatus] in
            contents.instanceQueries.append(query)
            return contents.instances.values.filter { instance in
                (query.createdFrom.map { instance.createdTime >= $0 } ?? true)
                    && (query.statuses.isEmpty || query.statuses.contains(instance.runtimeStatus))
            }.sorted { $0.instanceId < $1.instanceId }
        }
        let failure = contents.withLock { $0.failure }
        let size = pageSize
        let counter = self.counter
        return ContinuationPages { token throws(DurableAPIError) in
            if let failure {
                throw failure
            }
            let start = Int(token ?? "0") ?? 0
            let end = min(matching.count, start + size)
            counter.record(bytesSent: 100, bytesReceived: 200 * (end - start))
            let next = end < matching.count ? String(end) : nil
            return (Array(matching[start..<end]), next)
        }
    }

    func instance(_ instanceID: String, options: StatusOptions) async throws(DurableAPIError) -> OrchestrationStatus {
        let found = contents.withLock { contents -> OrchestrationStatus? in
            contents.singleFetches.append(instanceID)
            return contents.instances[instanceID]
        }
        counter.record(bytesSent: 100, bytesReceived: 300)
        guard let found else {
            throw .notFound(instanceID)
        }
        return found
    }

    func entities(_ query: EntityQuery) -> ContinuationPages<EntityStatus> {
        let all = contents.withLock { contents in
            contents.entities.filter { entity in
                query.lastOperationFrom.map { entity.lastOperationTime >= $0 } ?? true
            }
        }
        let counter = self.counter
        return ContinuationPages { _ throws(DurableAPIError) in
            counter.record(bytesSent: 100, bytesReceived: 100 * all.count)
            return (all, nil)
        }
    }

    func entityState(_ id: EntityID) async throws(DurableAPIError) -> JSONValue {
        let found = contents.withLock { $0.entities.first { $0.entityId == id } }
        guard let found else {
            throw .notFound(id.instanceId)
        }
        return found.state
    }

    var traffic: TrafficCounter.Snapshot { counter.snapshot }
}
