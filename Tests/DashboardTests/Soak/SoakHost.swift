import Dashboard
import DurableAPI
import Foundation
import HubKit
import Synchronization

@testable import DurableHostSim

/// A scripted host for soaks: it serves the dashboard's listings (through ``FakeSource``) and answers operator
/// actions quickly, slowly or with an error, as fixed by the seed and the request (not by timing), and changes
/// what it holds as a live hub would.
final class SoakHost: ActionExecutor {
    /// The listings the dashboard polls.
    let source: FakeSource
    private let seed: UInt64
    private let counter = Mutex(0)

    init(seed: UInt64, instances: Int) {
        self.seed = seed
        var generator = SeededRandom(seed: seed)
        source = FakeSource(pageSize: 7)
        for index in 0..<instances {
            source.put(Self.instance(index, using: &generator))
        }
        source.contents.withLock { contents in
            contents.entities = (0..<5).map {
                EntityStatus(entityId: EntityID(name: "counter", key: "k\($0)"), lastOperationTime: Date())
            }
        }
    }

    /// The ids the host holds now.
    var ids: [String] {
        source.contents.withLock { Array($0.instances.keys).sorted() }
    }

    /// One step of churn: a new instance, a finished one, a purged one, or a failing listing for a moment.
    func churn(using generator: inout SeededRandom) {
        let step = counter.withLock { count -> Int in
            count += 1
            return count
        }
        switch Int.random(in: 0..<10, using: &generator) {
        case 0..<4:
            source.put(Self.instance(1000 + step, using: &generator))
        case 4..<7:
            if let id = ids.randomElement(using: &generator) {
                source.contents.withLock { $0.instances[id]?.runtimeStatus = .completed }
            }
        case 7..<9:
            if let id = ids.randomElement(using: &generator) {
                source.remove(id)
            }
        default:
            let failing = Bool.random(using: &generator)
            source.contents.withLock { $0.failure = failing ? .transport(.connectionFailed("soak")) : nil }
        }
    }

    func perform(_ request: ActionRequest, on target: String?) async throws(DurableAPIError) -> ActionSuccess {
        let roll = SeededRandom.stable(seed, "\(request.action.rawValue) \(target ?? "-")")
        switch roll % 20 {
        case 0..<11:
            break
        case 11..<16:
            try? await Task.sleep(for: .milliseconds(Int(roll % 40)))
        default:
            throw Self.errors[Int(roll % UInt64(Self.errors.count))]
        }
        return apply(request, on: target)
    }

    func count(matching filter: PurgeFilter) async throws(DurableAPIError) -> Int {
        let roll = SeededRandom.stable(seed, "count \(filter.statuses)")
        if roll % 5 == 0 {
            throw .transport(.timedOut("soak"))
        }
        return source.contents.withLock { contents in
            contents.instances.values.filter { filter.statuses.isEmpty || filter.statuses.contains($0.runtimeStatus) }
                .count
        }
    }

    /// Changes the hub as the host would after a successful request.
    private func apply(_ request: ActionRequest, on target: String?) -> ActionSuccess {
        let id = target ?? ""
        switch request {
        case .terminate:
            source.contents.withLock { $0.instances[id]?.runtimeStatus = .terminated }
        case .suspend:
            source.contents.withLock { $0.instances[id]?.runtimeStatus = .suspended }
        case .resume, .rewind:
            source.contents.withLock { $0.instances[id]?.runtimeStatus = .running }
        case .purge:
            let removed = source.contents.withLock { $0.instances.removeValue(forKey: id) }
            return .purged(removed == nil ? 0 : 1)
        case .purgeByFilter(let filter):
            let removed = source.contents.withLock { contents -> Int in
                let matching = contents.instances.values.filter {
                    filter.statuses.isEmpty || filter.statuses.contains($0.runtimeStatus)
                }
                for instance in matching {
                    contents.instances[instance.instanceId] = nil
                }
                return matching.count
            }
            return .purged(removed)
        case .start(_, let instanceID, _):
            let newID = instanceID ?? "started-\(counter.withLock { $0 })"
            source.put(instance(newID, status: .running))
            return .started(instanceID: newID, status: .running)
        case .restart:
            let newID = "\(id)-again"
            source.put(instance(newID, status: .running))
            return .started(instanceID: newID, status: .running)
        case .raiseEvent, .signal:
            break
        }
        return .accepted
    }

    private func instance(_ id: String, status: RuntimeStatus) -> OrchestrationStatus {
        OrchestrationStatus(
            name: "Soak",
            instanceId: id,
            runtimeStatus: status,
            createdTime: Date(),
            lastUpdatedTime: Date()
        )
    }

    private static func instance(_ index: Int, using generator: inout SeededRandom) -> OrchestrationStatus {
        let statuses: [RuntimeStatus] = [.running, .running, .pending, .completed, .failed, .terminated, .suspended]
        let age = Double(Int.random(in: 1...3_000, using: &generator))
        return OrchestrationStatus(
            name: ["ApprovalWorkflow", "FanOut", "HelloSequence"].randomElement(using: &generator)!,
            instanceId: "soak-\(index)",
            runtimeStatus: statuses.randomElement(using: &generator)!,
            createdTime: Date().addingTimeInterval(-age),
            lastUpdatedTime: Date().addingTimeInterval(-age / 2)
        )
    }

    private static let errors: [DurableAPIError] = [
        .notFound("instance"), .gone("instance"), .hostError(status: 500, message: "boom"),
        .unexpectedStatus(429, "throttled"), .transport(.timedOut("soak")), .forbidden,
    ]
}
