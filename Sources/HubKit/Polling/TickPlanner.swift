import DurableAPI
import Foundation

/// What one refresh tick will ask the host for.
public struct TickPlan: Hashable, Sendable {
    /// List the whole window (first load, window or filter change, or the periodic resync).
    public var fullListing: InstanceQuery?
    /// List the non-terminal instances of the window.
    public var activeListing: InstanceQuery?
    /// List the instances created since the newest one seen.
    public var createdSinceListing: InstanceQuery?
    /// Fetch this instance with its history (the detail view is open).
    public var detailInstance: String?
    /// List entities (all of them, or only those operated on since the newest seen).
    public var entityListing: EntityQuery?
    /// Whether ``entityListing`` is a complete listing.
    public var entityListingIsFull = false
    /// Fetch this entity with its state (the entity view is open).
    public var detailEntity: EntityID?

    /// Creates an empty plan.
    public init() {}
}

/// Plans refresh ticks so that each costs what changed, not the size of the hub.
///
/// The first tick lists the whole window. After that a tick asks only for the non-terminal instances, the
/// instances created since the newest one seen, and one by one the few that left the active set (to learn how
/// they ended). The whole window is listed again only every `fullResyncInterval`, or when the window or the
/// status filter changes.
///
/// A host that scans its table to answer a listing (Azure Storage does: a listing of a large hub by creation time
/// comes as many pages, most of them empty, each with a continuation token) makes the created-since listing cost
/// as many requests as the active one. After a created-since listing that came with N empty pages, the next N − 1
/// ticks (at most ``maximumCreatedSinceSkips``) leave it out. A new instance still shows at the next tick, since it
/// starts pending or running and the active listing finds it; only one that starts and ends between two ticks
/// waits for the next created-since listing. A user refresh always lists it.
public struct TickPlanner: Hashable, Sendable {
    /// Statuses that can still change.
    public static let activeStatuses: [RuntimeStatus] = [.running, .pending, .suspended, .continuedAsNew]
    /// Page size asked of the host.
    public static let pageSize = 1_000
    /// The most instances fetched one by one in a tick; the rest wait for the next tick.
    public static let maximumDepartedFetches = 25
    /// The most ticks in a row that leave out the created-since listing on a host that scans to answer it.
    public static let maximumCreatedSinceSkips = 4
    /// How long the host may fail to answer before the next tick lists the whole window again: after a longer
    /// outage (a restart, say) the host may hold instances the incremental listings would never ask for, and
    /// have lost others.
    public static let outageRelisting: TimeInterval = 30

    /// How often the whole window is listed again.
    public var fullResyncInterval: TimeInterval
    /// When the last full listing finished.
    public private(set) var lastFullListing: Date?
    /// The window and status filter the last full listing covered.
    public private(set) var listedFor: PollDemand?
    /// Non-terminal instance ids as of the last tick.
    public private(set) var activeIDs: Set<String> = []
    /// Departed instances still to fetch one by one.
    public private(set) var departedQueue: [String] = []
    /// The newest creation time seen by a full or a created-since listing: where the next created-since listing
    /// starts. The active listing does not move it, since it sees only the instances still running.
    public private(set) var newestCreated: Date?
    /// The ticks still to leave out the created-since listing, after one that came as many empty pages.
    public private(set) var createdSinceSkips = 0
    /// When the host began failing to answer, while it fails; `nil` while it answers.
    public private(set) var failingSince: Date?
    /// Whether entities have been listed completely since the entities view opened.
    public private(set) var entitiesListed = false
    /// When entities were last listed completely.
    public private(set) var lastEntityListing: Date?
    /// The newest last-operation time of the entities seen.
    public private(set) var newestEntityOperation: Date?

    /// Creates a planner.
    public init(fullResyncInterval: TimeInterval) {
        self.fullResyncInterval = fullResyncInterval
    }

    /// The plan for a tick at `now` given what the screen needs; `explicit` is a user refresh, which fetches even
    /// a settled detail again.
    public func plan(now: Date, demand: PollDemand, explicit: Bool = false) -> TickPlan {
        var plan = TickPlan()
        let windowStart = demand.window.start(now: now)
        let outage = failingSince.map { now.timeIntervalSince($0) >= Self.outageRelisting } ?? false
        let needsFull =
            lastFullListing == nil || !sameListing(listedFor, demand) || outage
            || now.timeIntervalSince(lastFullListing ?? now) >= fullResyncInterval
        if needsFull {
            plan.fullListing = InstanceQuery(
                createdFrom: windowStart,
                statuses: demand.statuses,
                showInput: false,
                pageSize: Self.pageSize
            )
        } else {
            plan.activeListing = InstanceQuery(
                createdFrom: windowStart,
                statuses: activeQueryStatuses(demand),
                showInput: false,
                pageSize: Self.pageSize
            )
            if createdSinceSkips == 0 || explicit {
                plan.createdSinceListing = InstanceQuery(
                    createdFrom: max(newestCreated ?? windowStart, windowStart),
                    statuses: demand.statuses,
                    showInput: false,
                    pageSize: Self.pageSize
                )
            }
        }
        if let detail = demand.detailInstanceID, explicit || !demand.detailIsSettled {
            plan.detailInstance = detail
        }
        if demand.entitiesVisible {
            let resync = now.timeIntervalSince(lastEntityListing ?? .distantPast) >= fullResyncInterval
            if !entitiesListed || resync || newestEntityOperation == nil {
                plan.entityListing = EntityQuery(fetchState: true, pageSize: Self.pageSize)
                plan.entityListingIsFull = true
            } else {
                plan.entityListing = EntityQuery(
                    lastOperationFrom: newestEntityOperation,
                    fetchState: true,
                    pageSize: Self.pageSize
                )
            }
        }
        plan.detailEntity = demand.detailEntity
        return plan
    }

    /// The statuses of the active listing: the non-terminal ones, narrowed by a non-terminal status filter.
    func activeQueryStatuses(_ demand: PollDemand) -> [RuntimeStatus] {
        let wanted = demand.statuses.filter { Self.activeStatuses.contains($0) }
        let onlyActive = !demand.statuses.isEmpty && wanted.count == demand.statuses.count
        return onlyActive ? wanted : Self.activeStatuses
    }

    private func sameListing(_ lhs: PollDemand?, _ rhs: PollDemand) -> Bool {
        guard let lhs else {
            return false
        }
        return lhs.window == rhs.window && lhs.statuses == rhs.statuses
    }

    /// Records a tick that failed at `now`: the start of an outage, or more of one.
    public mutating func recordFailure(at now: Date) {
        if failingSince == nil {
            failingSince = now
        }
    }

    /// Records a finished full listing.
    public mutating func recordFullListing(_ instances: [OrchestrationStatus], demand: PollDemand, at now: Date) {
        failingSince = nil
        lastFullListing = now
        listedFor = demand
        activeIDs = []
        departedQueue = []
        newestCreated = nil
        createdSinceSkips = 0
        for instance in instances {
            note(instance)
        }
    }

    /// Records an incremental tick's listings and returns the ids to fetch one by one this tick. `createdSince` is
    /// `nil` when the plan left that listing out, and `createdSinceEmptyPages` counts the pages of it that came
    /// with no rows.
    public mutating func recordIncremental(
        active: [OrchestrationStatus],
        createdSince: [OrchestrationStatus]?,
        createdSinceEmptyPages: Int = 0
    ) -> [String] {
        failingSince = nil
        if createdSince == nil {
            createdSinceSkips = max(createdSinceSkips - 1, 0)
        } else {
            createdSinceSkips = min(max(createdSinceEmptyPages - 1, 0), Self.maximumCreatedSinceSkips)
        }
        var nowActive = Set<String>()
        for instance in active where !instance.runtimeStatus.isTerminal {
            nowActive.insert(instance.instanceId)
        }
        var seen = Set<String>()
        for instance in createdSince ?? [] {
            seen.insert(instance.instanceId)
            note(instance)
            if !instance.runtimeStatus.isTerminal {
                nowActive.insert(instance.instanceId)
            }
        }
        for id in activeIDs.sorted() where !nowActive.contains(id) && !seen.contains(id) && !departedQueue.contains(id)
        {
            departedQueue.append(id)
        }
        activeIDs = nowActive
        let batch = Array(departedQueue.prefix(Self.maximumDepartedFetches))
        departedQueue.removeFirst(batch.count)
        return batch
    }

    /// Records an entity listing.
    public mutating func recordEntities(_ entities: [EntityStatus], full: Bool, at now: Date) {
        if full {
            entitiesListed = true
            lastEntityListing = now
        }
        for entity in entities where newestEntityOperation == nil || entity.lastOperationTime > newestEntityOperation! {
            newestEntityOperation = entity.lastOperationTime
        }
    }

    /// Forgets the entity listing (the entities view closed), so reopening lists them all again.
    public mutating func forgetEntities() {
        entitiesListed = false
        newestEntityOperation = nil
    }

    /// Notes an instance of a full or created-since listing: its id while it is active, and its creation time.
    private mutating func note(_ instance: OrchestrationStatus) {
        if !instance.runtimeStatus.isTerminal {
            activeIDs.insert(instance.instanceId)
        }
        if newestCreated == nil || instance.createdTime > newestCreated! {
            newestCreated = instance.createdTime
        }
    }
}
