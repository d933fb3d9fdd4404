import DurableAPI
import Foundation
import ScreenKit
import Synchronization
import Testing

@testable import Dashboard
@testable import HubKit

@Suite("A long outage and a host restart recover in place")
struct OutageRecoveryTests {
    let demand = PollDemand()

    @Test("a failure streak of 30 s makes the next tick list the whole window; a short one does not")
    func planner() {
        var planner = TickPlanner(fullResyncInterval: 600)
        planner.recordFullListing([instance("a", status: .running)], demand: demand, at: fixedNow)
        planner.recordFailure(at: fixedNow.addingTimeInterval(5))
        planner.recordFailure(at: fixedNow.addingTimeInterval(10))
        #expect(planner.plan(now: fixedNow.addingTimeInterval(20), demand: demand).fullListing == nil)
        #expect(planner.plan(now: fixedNow.addingTimeInterval(35), demand: demand).fullListing != nil)
        _ = planner.recordIncremental(active: [], createdSince: [])
        #expect(planner.plan(now: fixedNow.addingTimeInterval(40), demand: demand).fullListing == nil)
    }

    @Test(
        "after a restart that lost a finished row and brought an older one (neither in an incremental listing), the view keeps filter, sort, cursor and marks"
    )
    func restart() async {
        let clock = Mutex(fixedNow)
        let source = FakeSource([
            instance("order-1", status: .completed, ageSeconds: 900), instance("order-2", ageSeconds: 800),
            instance("order-3", ageSeconds: 700), instance("other-9", ageSeconds: 600),
        ])
        let box = StateBox(loadedState([]))
        let poller = Poller(
            source: source,
            fullResyncInterval: 600,
            now: { clock.withLock { $0 } },
            demand: { box.mutex.withLock { $0.pollDemand } },
            deliver: { update in
                let now = clock.withLock { $0 }
                box.mutex.withLock { $0.apply(update, now: now) }
            }
        )
        await poller.tick(explicit: false)
        box.mutex.withLock { state in
            press([.character("/")], on: &state)
            type("order-", on: &state)
            press([.down, .character(" "), .up], on: &state)
        }
        let before = box.mutex.withLock { (Array($0.instanceList.visible), $0.instanceList.selectedID) }
        #expect(before.0 == ["order-3", "order-2", "order-1"])
        #expect(before.1 == "order-2")
        source.contents.withLock { $0.failure = .transport(.connectionFailed("connection refused")) }
        for seconds in [5.0, 20, 40] {
            clock.withLock { $0 = fixedNow.addingTimeInterval(seconds) }
            await poller.tick(explicit: false)
        }
        #expect(box.mutex.withLock { $0.freshness.isStale })
        source.contents.withLock { contents in
            contents.failure = nil
            contents.instances["order-1"] = nil
            contents.instances["order-0"] = instance("order-0", status: .completed, ageSeconds: 1_000)
        }
        clock.withLock { $0 = fixedNow.addingTimeInterval(45) }
        await poller.tick(explicit: false)
        box.mutex.withLock { state in
            #expect(!state.freshness.isStale)
            #expect(Array(state.instanceList.visible) == ["order-3", "order-2", "order-0"])
            #expect(state.instanceList.filterText == "order-")
            #expect(state.instanceList.selectedID == before.1)
            #expect(state.actions.marks.contains("order-2"))
        }
    }
}
