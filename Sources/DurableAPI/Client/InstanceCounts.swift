/// How many instances a list query found per runtime status, with entity instances (`@name@key`) counted apart.
public struct InstanceCounts: Sendable, Hashable {
    /// Orchestration instances per runtime status.
    public var byStatus: [RuntimeStatus: Int] = [:]
    /// Entity instances (ids starting with `@`), which the host mixes into instance lists (§9.5).
    public var entities = 0
    /// How many pages were fetched.
    public var pages = 0

    /// Creates empty counts.
    public init() {}

    /// All orchestration instances counted.
    public var orchestrations: Int {
        byStatus.values.reduce(0, +)
    }

    /// Adds one page of results.
    public mutating func add(page: [OrchestrationStatus]) {
        pages += 1
        for status in page {
            if status.isEntity {
                entities += 1
            } else {
                byStatus[status.runtimeStatus, default: 0] += 1
            }
        }
    }
}

extension DurableClient {
    /// Counts every instance matching `query`, following all pages.
    public func countInstances(_ query: InstanceQuery) async throws(DurableAPIError) -> InstanceCounts {
        var counts = InstanceCounts()
        var iterator = instances(query).makeAsyncIterator()
        while let page = try await iterator.next() {
            counts.add(page: page)
        }
        return counts
    }
}
