import DurableAPI
import Foundation

/// Runs refresh ticks against a ``HubSource`` on background tasks and reports what it found.
///
/// One tick runs at a time (the actor serialises them). Each tick follows a ``TickPlan`` and measures its
/// requests and bytes from the source's ``TrafficCounter``.
public actor Poller {
    private let source: any HubSource
    private let deliver: @Sendable (PollUpdate) -> Void
    private let now: @Sendable () -> Date
    private let currentDemand: @Sendable () -> PollDemand
    private var planner: TickPlanner
    private var demand = PollDemand()

    /// Creates a poller.
    ///
    /// - Parameters:
    ///   - source: Where data comes from.
    ///   - fullResyncInterval: How often the whole window is listed again.
    ///   - now: The clock.
    ///   - demand: What the screen needs, read at the start of every tick (so it is never out of date).
    ///   - deliver: Receives what the tick found.
    public init(
        source: any HubSource,
        fullResyncInterval: TimeInterval,
        now: @escaping @Sendable () -> Date,
        demand: @escaping @Sendable () -> PollDemand,
        deliver: @escaping @Sendable (PollUpdate) -> Void
    ) {
        self.source = source
        self.deliver = deliver
        self.now = now
        self.currentDemand = demand
        self.planner = TickPlanner(fullResyncInterval: fullResyncInterval)
    }

    /// Runs one tick and says how it ended, with the wait a throttled answer asked for. `explicit` is a user
    /// refresh (a finished detail is fetched again).
    @discardableResult
    public func tick(explicit: Bool) async -> TickOutcome {
        let newDemand = currentDemand()
        if demand.entitiesVisible && !newDemand.entitiesVisible {
            planner.forgetEntities()
        }
        demand = newDemand
        let before = source.traffic
        let started = now()
        deliver(.tickStarted(at: started))
        let plan = planner.plan(now: started, demand: demand, explicit: explicit)
        do {
            try await runInstances(plan)
            try await runDetails(plan)
            try await runEntities(plan)
        } catch {
            let problem = HubProblem(error)
            let failedAt = now()
            planner.recordFailure(at: failedAt)
            deliver(.tickFailed(message: Redaction.standard.apply(error.description), problem: problem, at: failedAt))
            let retryAfter = problem == .throttled ? RetryAfter.delay(source.retryAfter, now: failedAt) : nil
            return .failed(problem, retryAfter: retryAfter)
        }
        let report = TickReport(
            finishedAt: now(),
            wasFullListing: plan.fullListing != nil,
            traffic: source.traffic.since(before)
        )
        deliver(.tickSucceeded(report))
        return .succeeded
    }

    private func runInstances(_ plan: TickPlan) async throws(DurableAPIError) {
        let listedDemand = demand
        if let query = plan.fullListing {
            var all: [OrchestrationStatus] = []
            let progressive = planner.lastFullListing == nil
            deliver(.loading(count: 0))
            for try await page in source.instances(query) {
                all += page
                deliver(.loading(count: all.count))
                if progressive && !page.isEmpty {
                    deliver(.instancesChanged(page))
                }
            }
            planner.recordFullListing(all, demand: listedDemand, at: now())
            deliver(.instancesComplete(all, pagesDelivered: progressive))
            return
        }
        var active: [OrchestrationStatus] = []
        var created: [OrchestrationStatus]?
        var emptyPages = 0
        if let query = plan.activeListing {
            for try await page in source.instances(query) {
                active += page
            }
        }
        if let query = plan.createdSinceListing {
            var listed: [OrchestrationStatus] = []
            for try await page in source.instances(query) {
                listed += page
                emptyPages += page.isEmpty ? 1 : 0
            }
            created = listed
        }
        let departed = planner.recordIncremental(
            active: active,
            createdSince: created,
            createdSinceEmptyPages: emptyPages
        )
        var changed = active + (created ?? [])
        var removed: [String] = []
        for id in departed {
            do {
                let status = try await source.instance(id, options: StatusOptions(showInput: false))
                changed.append(status)
            } catch .notFound {
                removed.append(id)
            }
        }
        if !changed.isEmpty {
            deliver(.instancesChanged(changed))
        }
        if !removed.isEmpty {
            deliver(.instancesRemoved(removed))
        }
    }

    private func runDetails(_ plan: TickPlan) async throws(DurableAPIError) {
        if let id = plan.detailInstance {
            let options = StatusOptions(showHistory: true, showHistoryOutput: true, showInput: true)
            do {
                let status = try await source.instance(id, options: options)
                deliver(.instanceDetail(status))
            } catch .notFound {
                deliver(.instanceDetailFailed(id: id, message: "not found (purged?)"))
            }
        }
        if let entityID = plan.detailEntity {
            do {
                let state = try await source.entityState(entityID)
                deliver(.entityState(id: entityID, state: state))
            } catch .notFound {
                deliver(.entityDetailFailed(id: entityID, message: "not found"))
            }
        }
    }

    private func runEntities(_ plan: TickPlan) async throws(DurableAPIError) {
        guard let query = plan.entityListing else {
            return
        }
        var all: [EntityStatus] = []
        for try await page in source.entities(query) {
            all += page
        }
        planner.recordEntities(all, full: plan.entityListingIsFull, at: now())
        deliver(plan.entityListingIsFull ? .entitiesComplete(all) : .entitiesChanged(all))
    }
}
