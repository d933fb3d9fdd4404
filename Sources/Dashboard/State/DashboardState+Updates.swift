import DurableAPI
import Foundation
import HubKit

extension DashboardState {
    /// How long a changed row stays highlighted.
    public static let changeHighlight: TimeInterval = 3
    /// Up to this many instances, every page of a first load re-sorts the table at once.
    static let eagerSortLimit = 5_000

    /// Applies what the poller found.
    public mutating func apply(_ update: PollUpdate, now: Date) {
        switch update {
        case .loading(let count):
            freshness.loadingCount = count
        case .instancesChanged(let instances):
            store.merge(instances, now: now, highlight: freshness.initialLoadDone)
            pagesSinceSort += 1
            if freshness.initialLoadDone || store.count <= Self.eagerSortLimit || pagesSinceSort >= 10 {
                refreshVisibleInstances(now: now)
                pagesSinceSort = 0
            }
            refreshDetails(with: instances)
        case .instancesComplete(let instances):
            store.replaceAll(instances, now: now, highlight: freshness.initialLoadDone)
            freshness.loadingCount = nil
            freshness.initialLoadDone = true
            refreshVisibleInstances(now: now)
            refreshDetails(with: instances)
        case .instancesRemoved(let ids):
            store.remove(ids)
            refreshVisibleInstances(now: now)
        case .instanceDetail(let status):
            updateInstanceDetails(status.instanceId) { detail in
                detail.status = status
                detail.error = nil
            }
        case .instanceDetailFailed(let id, let message):
            updateInstanceDetails(id) { detail in
                detail.error = message
            }
        case .entitiesChanged(let changed):
            var byID: [EntityID: EntityStatus] = [:]
            for entity in entities {
                byID[entity.entityId] = entity
            }
            for entity in changed {
                byID[entity.entityId] = entity
            }
            setEntities(Array(byID.values))
        case .entitiesComplete(let all):
            setEntities(all)
        case .entityState(let id, let entityState):
            updateEntityDetails(id) { detail in
                detail.state = entityState
                detail.error = nil
            }
        case .entityDetailFailed(let id, let message):
            updateEntityDetails(id) { detail in
                detail.error = message
            }
        case .tickSucceeded(let report):
            freshness.lastSuccess = report.finishedAt
            freshness.lastError = nil
            freshness.consecutiveFailures = 0
            freshness.lastTick = report
            if store.removeCreated(before: window.start(now: now)) > 0 {
                refreshVisibleInstances(now: now)
            }
        case .tickFailed(let message, _):
            freshness.lastError = message
            freshness.consecutiveFailures += 1
            freshness.loadingCount = nil
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
