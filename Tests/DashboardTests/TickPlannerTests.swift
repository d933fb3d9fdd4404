import DurableAPI
import Foundation
import Testing

@testable import Dashboard
@testable import HubKit

@Suite("Tick planning")
struct TickPlannerTests {
    let demand = PollDemand()

    @Test("the first tick lists the whole window, without inputs, in big pages")
    func firstTickIsFull() {
        let plan = TickPlanner(fullResyncInterval: 600).plan(now: fixedNow, demand: demand)
        #expect(plan.fullListing?.createdFrom == fixedNow.addingTimeInterval(-86_400))
        #expect(plan.fullListing?.showInput == false)
        #expect(plan.fullListing?.pageSize == TickPlanner.pageSize)
        #expect(plan.activeListing == nil)
        #expect(plan.createdSinceListing == nil)
    }

    @Test("later ticks ask only for active instances and those created since the newest seen")
    func incremental() {
        var planner = TickPlanner(fullResyncInterval: 600)
        planner.recordFullListing(
            [instance("a", status: .running, ageSeconds: 50), instance("b", status: .completed, ageSeconds: 40)],
            demand: demand,
            at: fixedNow
        )
        let plan = planner.plan(now: fixedNow.addingTimeInterval(5), demand: demand)
        #expect(plan.fullListing == nil)
        #expect(plan.activeListing?.statuses == TickPlanner.activeStatuses)
        #expect(plan.createdSinceListing?.createdFrom == fixedNow.addingTimeInterval(-40))
    }

    @Test("instances that left the active set are fetched one by one")
    func departed() {
        var planner = TickPlanner(fullResyncInterval: 600)
        planner.recordFullListing(
            [instance("a", status: .running), instance("b", status: .running), instance("c", status: .pending)],
            demand: demand,
            at: fixedNow
        )
        let fetch = planner.recordIncremental(
            active: [instance("b", status: .running)],
            createdSince: [instance("c", status: .completed)]
        )
        #expect(fetch == ["a"])
        #expect(planner.activeIDs == ["b"])
    }

    @Test("a created-since listing that came as many empty pages is left out of the next few ticks, not the active one")
    func scanningHost() {
        var planner = TickPlanner(fullResyncInterval: 600)
        planner.recordFullListing([instance("a", status: .completed, ageSeconds: 40)], demand: demand, at: fixedNow)
        let tick = fixedNow.addingTimeInterval(1)
        _ = planner.recordIncremental(active: [], createdSince: [], createdSinceEmptyPages: 20)
        var skipped = 0
        while planner.plan(now: tick, demand: demand).createdSinceListing == nil {
            #expect(planner.plan(now: tick, demand: demand).activeListing != nil)
            #expect(planner.plan(now: tick, demand: demand, explicit: true).createdSinceListing != nil)
            _ = planner.recordIncremental(active: [instance("new", status: .running, ageSeconds: 1)], createdSince: nil)
            skipped += 1
        }
        #expect(skipped == TickPlanner.maximumCreatedSinceSkips)
        #expect(planner.activeIDs == ["new"])
        let next = planner.plan(now: tick, demand: demand).createdSinceListing
        #expect(next?.createdFrom == fixedNow.addingTimeInterval(-40))
        _ = planner.recordIncremental(active: [], createdSince: [], createdSinceEmptyPages: 3)
        #expect(planner.createdSinceSkips == 2)
        _ = planner.recordIncremental(active: [], createdSince: nil)
        _ = planner.recordIncremental(active: [], createdSince: nil)
        _ = planner.recordIncremental(active: [], createdSince: [], createdSinceEmptyPages: 1)
        #expect(planner.plan(now: tick, demand: demand).createdSinceListing != nil)
    }

    @Test("a full resync happens after the configured interval, or when the window changes")
    func resync() {
        var planner = TickPlanner(fullResyncInterval: 600)
        planner.recordFullListing([], demand: demand, at: fixedNow)
        #expect(planner.plan(now: fixedNow.addingTimeInterval(599), demand: demand).fullListing == nil)
        #expect(planner.plan(now: fixedNow.addingTimeInterval(600), demand: demand).fullListing != nil)
        var changed = demand
        changed.window = .lastHour
        #expect(planner.plan(now: fixedNow.addingTimeInterval(1), demand: changed).fullListing != nil)
    }

    @Test("a status filter of only terminal statuses still watches the active set")
    func terminalFilter() {
        let planner = TickPlanner(fullResyncInterval: 600)
        var failedOnly = demand
        failedOnly.statuses = [.failed]
        #expect(planner.activeQueryStatuses(failedOnly) == TickPlanner.activeStatuses)
        failedOnly.statuses = [.pending]
        #expect(planner.activeQueryStatuses(failedOnly) == [.pending])
    }

    @Test("entities are listed fully once, then by last-operation time")
    func entities() {
        var planner = TickPlanner(fullResyncInterval: 600)
        var visible = demand
        visible.entitiesVisible = true
        let first = planner.plan(now: fixedNow, demand: visible)
        #expect(first.entityListingIsFull)
        let entity = EntityStatus(entityId: EntityID(name: "c", key: "k"), lastOperationTime: fixedNow)
        planner.recordEntities([entity], full: true, at: fixedNow)
        let next = planner.plan(now: fixedNow.addingTimeInterval(5), demand: visible)
        #expect(!next.entityListingIsFull)
        #expect(next.entityListing?.lastOperationFrom == fixedNow)
    }

    @Test("an open detail is fetched each tick until it is settled; a user refresh fetches it anyway")
    func detailUntilSettled() {
        let planner = TickPlanner(fullResyncInterval: 600)
        var open = demand
        open.detailInstanceID = "a"
        #expect(planner.plan(now: fixedNow, demand: open).detailInstance == "a")
        open.detailIsSettled = true
        #expect(planner.plan(now: fixedNow, demand: open).detailInstance == nil)
        #expect(planner.plan(now: fixedNow, demand: open, explicit: true).detailInstance == "a")
    }

    @Test("a detail is settled only when finished with history and its list row has not changed since")
    func settledDetail() {
        let finished = instance("a", status: .completed, updatedSeconds: 30, history: [])
        var detail = InstanceDetailState(instanceID: "a", status: instance("a", status: .completed))
        #expect(!detail.isSettled(listed: nil))
        detail.status = finished
        #expect(detail.isSettled(listed: nil))
        #expect(detail.isSettled(listed: instance("a", status: .completed, updatedSeconds: 30)))
        #expect(!detail.isSettled(listed: instance("a", status: .running, updatedSeconds: 1)))
        detail.status = instance("a", status: .running, history: [])
        #expect(!detail.isSettled(listed: nil))
    }
}
