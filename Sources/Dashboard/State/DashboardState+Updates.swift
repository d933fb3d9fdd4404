import DurableAPI
import Foundation
import HubKit

extension DashboardState {
    /// How long a changed row stays highlighted.
    public static let changeHighlight: TimeInterval = 3
    /// Up to this many instances, every page of a first load re-sorts the table at once.
    static let eagerSortLimit = 5_000
    /// Past ``eagerSortLimit``, how often a first load brings the table's rows up to date; the count in the footer
    /// follows every page.
    static let loadingSortInterval: TimeInterval = 1

    /// Applies what the poller found, recomputing the instances table's rows at once when they changed, and the
    /// triage analyses after a tick.
    public mutating func apply(_ update: PollUpdate, now: Date) {
        if record(update, now: now) {
            refreshVisibleInstances(now: now)
        }
        if var request = analysisRequest(after: update, now: now),
            let rows = installAnalysis(request.compute(), now: now)
        {
            installRows(rows.compute())
        }
    }

    /// Records what the poller found and answers whether the instances table's rows changed (the store, or the
    /// window they are cut to); recomputing them is left to the caller.
    mutating func record(_ update: PollUpdate, now: Date) -> Bool {
        switch update {
        case .tickStarted(let started):
            freshness.waitingSince = started
            return false
        case .backoff(let backoff):
            freshness.backoff = backoff
            return false
        case .loading(let count):
            if count == 0 {
                listingBeganEmpty = store.count == 0
            }
            freshness.loadingCount = count
            if freshness.waitingSince != nil {
                freshness.waitingSince = now
            }
            return false
        case .instancesChanged(let instances):
            store.merge(instances, now: now, highlight: freshness.initialLoadDone)
            store.removeCreated(before: window.start(now: now))
            refreshDetails(with: instances)
            let due = lastLoadingSort.map { now.timeIntervalSince($0) >= Self.loadingSortInterval } ?? true
            guard freshness.initialLoadDone || store.count <= Self.eagerSortLimit || due else {
                return false
            }
            lastLoadingSort = freshness.initialLoadDone ? nil : now
            return true
        case .instancesComplete(let instances, let pagesDelivered):
            if !pagesDelivered {
                store.replaceAll(instances, now: now, highlight: freshness.initialLoadDone)
                refreshDetails(with: instances)
            } else if !listingBeganEmpty {
                store.removeUnlisted(instances)
            }
            freshness.loadingCount = nil
            freshness.initialLoadDone = true
            return true
        case .instancesRemoved(let ids):
            store.remove(ids)
            return true
        case .instanceDetail(let status):
            updateInstanceDetails(status.instanceId) { detail in
                detail.status = status
                detail.error = nil
            }
            return false
        case .instanceDetailFailed(let id, let message):
            updateInstanceDetails(id) { detail in
                detail.error = message
            }
            return false
        case .entitiesChanged(let changed):
            var byID: [EntityID: EntityStatus] = [:]
            for entity in entities {
                byID[entity.entityId] = entity
            }
            for entity in changed {
                byID[entity.entityId] = entity
            }
            setEntities(Array(byID.values))
            return false
        case .entitiesComplete(let all):
            setEntities(all)
            return false
        case .entityState(let id, let entityState):
            updateEntityDetails(id) { detail in
                detail.state = entityState
                detail.error = nil
            }
            return false
        case .entityDetailFailed(let id, let message):
            updateEntityDetails(id) { detail in
                detail.error = message
            }
            return false
        case .tickSucceeded(let report):
            freshness.lastSuccess = report.finishedAt
            freshness.lastError = nil
            freshness.lastProblem = nil
            freshness.consecutiveFailures = 0
            freshness.lastTick = report
            freshness.waitingSince = nil
            return store.removeCreated(before: window.start(now: now)) > 0
        case .tickFailed(let message, let problem, _):
            freshness.lastError = message
            freshness.lastProblem = problem
            freshness.consecutiveFailures += 1
            freshness.loadingCount = nil
            freshness.waitingSince = nil
            return false
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

    /// Changes every detail screen of one instance, keeping its history and timeline cursors inside their rows.
    private mutating func updateInstanceDetails(_ id: String, _ body: (inout InstanceDetailState) -> Void) {
        let pageHeight = Layout.historyTableHeight(screenSize)
        updateEveryInstanceDetail { detail in
            guard detail.instanceID == id else {
                return
            }
            body(&detail)
            detail.historyCursor.clamp(count: detail.status?.historyEvents?.count ?? 0, pageHeight: pageHeight)
            detail.timelineCursor.clamp(count: detail.timeline?.bars.count ?? 0, pageHeight: pageHeight)
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
