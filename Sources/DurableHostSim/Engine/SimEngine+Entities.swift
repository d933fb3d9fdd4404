import DurableAPI
import Foundation

/// A filter for the entity list (§5.14).
struct EntityFilter: Sendable {
    /// Lower-case entity name, or `nil` for every entity.
    var name: String?
    /// Lower bound on the entity's creation time (the Azure Storage provider filters `CreatedTime`).
    var from: Date?
    /// Upper bound (defaults to now).
    var to: Date?
}

/// One row of the entity list.
struct EntityRow: Sendable {
    /// Lower-case entity name.
    var name: String
    /// Entity key.
    var key: String
    /// Last operation time.
    var lastOperationTime: Date
    /// State (raw JSON text).
    var state: String
}

extension SimEngine {
    /// The instance ID of entity `name`/`key`.
    static func entityInstanceId(name: String, key: String) -> String {
        "@\(name)@\(key)"
    }

    /// Signals an entity (§5.12); the operation is applied right away. `false` for an unknown entity name.
    func signal(entity: String, key: String, operation: String, input: String?) -> Bool {
        catchUp()
        return applySignal(entity: entity, key: key, operation: operation, input: input, at: now)
    }

    /// Applies an entity operation at `time`; `false` when the entity name is unknown.
    @discardableResult
    func applySignal(entity: String, key: String, operation: String, input: String?, at time: Date) -> Bool {
        let name = entity.lowercased()
        guard EntityCatalog.names.contains(name) else {
            return false
        }
        let id = SimEngine.entityInstanceId(name: name, key: key)
        var existingState: String?
        if let record = store[id], case .entity(_, let state) = record.kind {
            existingState = state
        }
        switch EntityCatalog.apply(entity: name, operation: operation, input: input, state: existingState) {
        case .deleted:
            store.remove([id])
        case .unchanged:
            store.update(id) { $0.lastUpdatedTime = time }
        case .state(let state):
            if store[id] != nil {
                store.update(id) { record in
                    record.kind = .entity(key: key, state: state)
                    record.lastUpdatedTime = time
                }
            } else {
                store.upsert(
                    InstanceRecord(
                        instanceId: id,
                        name: name,
                        kind: .entity(key: key, state: state),
                        createdTime: time,
                        lastUpdatedTime: time,
                        status: .running,
                        input: nil,
                        output: nil,
                        customStatus: nil,
                        executionId: random.guidN()
                    )
                )
            }
        }
        return true
    }

    /// The state of an entity (raw JSON text), or `nil` when it does not exist (§5.13).
    func entityState(name: String, key: String) -> String? {
        catchUp()
        let id = SimEngine.entityInstanceId(name: name.lowercased(), key: key)
        guard let record = store[id], case .entity(_, let state) = record.kind else {
            return nil
        }
        return state
    }

    /// One page of the entity list in ID order, resuming after `afterId`; the second value is the ID to resume
    /// after, `nil` when the list is exhausted.
    func listEntities(_ filter: EntityFilter, top: Int, after afterId: String?) -> ([EntityRow], String?) {
        catchUp()
        let prefix = filter.name.map { "@\($0)@" } ?? "@"
        let upper = filter.to ?? now
        var index = store.firstIndex(notBefore: prefix)
        if let afterId {
            index = max(index, store.firstIndex(after: afterId))
        }
        var rows: [EntityRow] = []
        var examined = 0
        while index < store.sortedIds.count {
            let id = store.sortedIds[index]
            guard id.hasPrefix(prefix) else {
                return (rows, nil)
            }
            index += 1
            examined += 1
            if let record = store[id], case .entity(let key, let state) = record.kind,
                filter.from.map({ record.createdTime >= $0 }) ?? true, record.createdTime <= upper
            {
                rows.append(
                    EntityRow(name: record.name, key: key, lastOperationTime: record.lastUpdatedTime, state: state)
                )
            }
            if rows.count >= top || examined >= settings.scanBudget {
                return (rows, index < store.sortedIds.count ? id : nil)
            }
        }
        return (rows, nil)
    }
}
