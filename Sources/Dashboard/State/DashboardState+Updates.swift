import DurableAPI
import Foundation
import HubKit

extension DashboardState {
    /// How long a changed row stays highlighted.
    public static let changeHighlight: TimeInterval = 3
    /// Up to this many instances, every page of a first load re-sorts the table at once.
    static let eagerSortLimit = 5_000

    /// Applies what the poller found, recomputing the instances table's rows at once when they changed.
    public mutating func apply(_ update: PollUpdate, now: Date) {
        if record(update, now: now).contains(.instanceRows) {
            refreshVisibleInstances(now: now)
        }
    }

    /// Records what the poller found and answers what changed; leaves the instances table's rows to the caller.
    mutating func record(_ update: PollUpdate, now: Date) -> StateChanges {
        switch update {
        case .loading(let count):
            freshness.loadingCount = count
            return .freshness
        case .instancesChanged(let instances):
            store.merge(instances, now: now, highlight: freshness.initialLoadDone)
            refreshDetails(with: instances)
            pagesSinceSort += 1
            guard freshness.initialLoadDone || store.count <= Self.eagerSortLimit || pagesSinceSort >= 10 else {
                return .details
            }
            pagesSinceSort = 0
            return [.instanceRows, .details]
        case .instancesComplete(let instances):
            store.replaceAll(instances, now: now, highlight: freshness.initialLoadDone)
            freshness.loadingCount = nil
            freshness.initialLoadDone = true
            refreshDetails(with: instances)
            return [.instanceRows, .details, .freshness]
        case .instancesRemoved(let ids):
            store.remove(ids)
            return .instanceRows
        case .instanceDetail(let status):
            updateInstanceDetails(status.instanceId) { detail in
                detail.status = status
                detail.error = nil
            }
            return .details
        case .instanceDetailFailed(let id, let message):
            updateInstanceDetails(id) { detail in
                detail.error = message
            }
            return .details
        case .entitiesChanged(let changed):
            var byID: [EntityID: EntityStatus] = [:]
            for entity in entities {
                byID[entity.entityId] = entity
            }
            for entity in changed {
                byID[entity.entityId] = entity
            }
            setEntities(Array(byID.values))
            return .entityRows
        case .entitiesComplete(let all):
            setEntities(all)
            return .entityRows
        case .entityState(let id, let entityState):
            updateEntityDetails(id) { detail in
                detail.state = entityState
                detail.error = nil
            }
            return .details
        case .entityDetailFailed(let id, let message):
            updateEntityDetails(id) { detail in
                detail.error = message
            }
            return .details
        case .tickSucceeded(let report):
            freshness.lastSuccess = report.finishedAt
            freshness.lastError = nil
            freshness.consecutiveFailures = 0
            freshness.lastTick = report
            let aged = store.removeCreated(before: window.start(now: now)) > 0
            return aged ? [.instanceRows, .freshness] : .freshness
        case .tickFailed(let message, _):
            freshness.lastError = message
            freshness.consecutiveFailures += 1
            freshness.loadingCount = nil
            return .freshness
        }
    }

    /// Gives detail screens the newest list copy of their instance until their own fetch answers.
    private mutating func refreshDetails(with instances: [OrchestrationStatus]) {
        guard stack.count > 1 else {
            return
        }
        var latest: [String: OrchestrationStatus] = [:]
        for instance in instances {
            latest[instance.instanceId] = instance
        }
        updateEveryInstanceDetail { detail in
            if detail.status?.historyEvents == nil, let fresh = latest[detail.instanceID] {
                detail.status = fresh
            }
        }
    }

    /// Changes every detail screen of one instance, keeping its history cursor inside the history.
    private mutating func updateInstanceDetails(_ id: String, _ body: (inout InstanceDetailState) -> Void) {
        let pageHeight = Layout.historyTableHeight(screenSize)
        updateEveryInstanceDetail { detail in
            guard detail.instanceID == id else {
                return
            }
            body(&detail)
            detail.historyCursor.clamp(count: detail.status?.historyEvents?.count ?? 0, pageHeight: pageHeight)
        }
    }

    /// Changes every instance detail screen on the stack.
    private mutating func updateEveryInstanceDetail(_ body: (inout InstanceDetailState) -> Void) {
        for index in stack.indices {
            guard case .instanceDetail(var detail) = stack[index] else {
                continue
            }
            body(&detail)
            stack[index] = .instanceDetail(detail)
        }
    }

    /// Changes every detail screen of one entity.
    private mutating func updateEntityDetails(_ id: EntityID, _ body: (inout EntityDetailState) -> Void) {
        for index in stack.indices {
            guard case .entityDetail(var detail) = stack[index], detail.entityID == id else {
                continue
            }
            body(&detail)
            stack[index] = .entityDetail(detail)
        }
    }
}
