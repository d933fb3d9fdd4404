import DurableAPI
import Foundation
import Synchronization
import Testing

@testable import Dashboard
@testable import HubKit
@testable import ScreenKit

@Suite("Poller against a fake source")
struct PollerTests {
    final class Collector: Sendable {
        let updates = Mutex<[PollUpdate]>([])
        func add(_ update: PollUpdate) { updates.withLock { $0.append(update) } }
        var all: [PollUpdate] { updates.withLock { $0 } }
    }

    /// What the screen needs, changeable between ticks as the screen changes.
    final class Demand: Sendable {
        let value: Mutex<PollDemand>
        init(_ demand: PollDemand = PollDemand()) { value = Mutex(demand) }
        var current: PollDemand { value.withLock { $0 } }
    }

    func makePoller(_ source: FakeSource, _ collector: Collector, demand: Demand = Demand()) -> Poller {
        Poller(
            source: source,
            fullResyncInterval: 600,
            now: { fixedNow },
            demand: { demand.current },
            deliver: collector.add
        )
    }

    @Test("an open detail view is fetched with its history; an open entities view lists entities")
    func detailAndEntities() async {
        let source = FakeSource([instance("a", status: .completed, history: [])])
        source.contents.withLock {
            $0.entities = [EntityStatus(entityId: EntityID(name: "counter", key: "x"), lastOperationTime: fixedNow)]
        }
        let collector = Collector()
        var wanted = PollDemand()
        wanted.detailInstanceID = "a"
        wanted.entitiesVisible = true
        let demand = Demand(wanted)
        let poller = makePoller(source, collector, demand: demand)
        await poller.tick(explicit: false)
        #expect(source.singleFetches == ["a"])
        #expect(
            collector.all.contains {
                if case .instanceDetail(let status) = $0 { status.instanceId == "a" } else { false }
            }
        )
        #expect(collector.all.contains { if case .entitiesComplete(let all) = $0 { all.count == 1 } else { false } })
        await poller.tick(explicit: false)
        #expect(source.singleFetches == ["a", "a"], "an unsettled detail is fetched every tick")
        demand.value.withLock { $0.detailIsSettled = true }
        await poller.tick(explicit: false)
        #expect(source.singleFetches == ["a", "a"], "a settled detail is not fetched again")
        await poller.tick(explicit: true)
        #expect(source.singleFetches == ["a", "a", "a"], "an explicit refresh fetches it again")
    }

    @Test("the first tick loads progressively with a count, then reports the whole window and its cost")
    func firstLoad() async {
        let source = FakeSource((1...5).map { instance("i\($0)", ageSeconds: TimeInterval($0)) })
        let collector = Collector()
        await makePoller(source, collector).tick(explicit: false)
        let updates = collector.all
        #expect(updates.contains(.loading(count: 4)))
        #expect(
            updates.contains {
                if case .instancesComplete(let all, let pagesDelivered) = $0 {
                    all.count == 5 && pagesDelivered
                } else {
                    false
                }
            },
            "the first listing's pages were delivered as they came"
        )
        guard case .tickSucceeded(let report) = updates.last else {
            Issue.record("expected a successful tick")
            return
        }
        #expect(report.wasFullListing)
        #expect(report.traffic.requests == 3)
    }

    @Test("a full listing after the first comes whole: its pages were not delivered one by one")
    func laterFullListing() async {
        let source = FakeSource([instance("a", status: .running), instance("b", status: .failed)])
        let collector = Collector()
        let demand = Demand()
        let poller = makePoller(source, collector, demand: demand)
        await poller.tick(explicit: false)
        demand.value.withLock { $0.statuses = [.failed] }
        let firstTick = collector.all.count
        await poller.tick(explicit: false)
        let secondTick = collector.all.dropFirst(firstTick)
        #expect(!secondTick.contains { if case .instancesChanged = $0 { true } else { false } })
        #expect(
            secondTick.contains {
                if case .instancesComplete(_, let pagesDelivered) = $0 { !pagesDelivered } else { false }
            }
        )
    }

    @Test("a later tick costs what changed: two listings plus one fetch per departed instance")
    func incrementalCost() async {
        let source = FakeSource(
            [
                instance("run", status: .running, ageSeconds: 600),
                instance("soon", status: .running, ageSeconds: 500),
                instance("done", status: .completed, ageSeconds: 400),
            ]
        )
        let collector = Collector()
        let poller = makePoller(source, collector)
        await poller.tick(explicit: false)
        source.put(instance("soon", status: .completed, ageSeconds: 500))
        source.put(instance("new", status: .pending, ageSeconds: 1))
        await poller.tick(explicit: false)
        #expect(source.singleFetches == ["soon"])
        let queries = source.instanceQueries
        #expect(queries.count == 3)
        #expect(queries[1].statuses == TickPlanner.activeStatuses)
        guard case .tickSucceeded(let report) = collector.all.last else {
            Issue.record("expected a successful tick")
            return
        }
        #expect(!report.wasFullListing)
        #expect(report.traffic.requests == 3)
        let changed = collector.all.compactMap { update -> [String]? in
            if case .instancesChanged(let list) = update { return list.map(\.instanceId) }
            return nil
        }
        #expect(changed.last?.contains("soon") == true)
        #expect(changed.last?.contains("new") == true)
    }

    @Test("a purged instance that left the active set is removed")
    func purged() async {
        let source = FakeSource([instance("gone", status: .running)])
        let collector = Collector()
        let poller = makePoller(source, collector)
        await poller.tick(explicit: false)
        source.remove("gone")
        await poller.tick(explicit: false)
        #expect(collector.all.contains(.instancesRemoved(["gone"])))
    }

    @Test("a failing host makes the data stale with the error")
    func failure() async {
        let source = FakeSource([instance("a")])
        source.contents.withLock { $0.failure = .unauthorized }
        let collector = Collector()
        await makePoller(source, collector).tick(explicit: false)
        guard case .tickFailed(let message, let problem, _) = collector.all.last else {
            Issue.record("expected a failed tick")
            return
        }
        #expect(problem == .keyRefused)
        var state = loadedState([instance("a")])
        state.apply(.tickFailed(message: message, problem: problem, at: fixedNow), now: fixedNow)
        #expect(state.freshness.isStale)
        #expect(state.freshness.lastProblem == .keyRefused)
        #expect(screen(state).text(ofRow: 0).contains("STALE"))
    }

    @Test("the app renders what the poller delivered and wakes the terminal")
    func appEndToEnd() async throws {
        let source = FakeSource([instance("hello-1", status: .running)])
        let woken = Mutex(0)
        let app = DashboardApp(
            source: source,
            options: DashboardOptions(endpointHost: "fake"),
            now: { fixedNow },
            onRedraw: { woken.withLock { $0 += 1 } }
        )
        app.start()
        defer { app.stop() }
        var text = ""
        for _ in 0..<200 where !text.contains("hello-1") {
            try await Task.sleep(for: .milliseconds(10))
            text = app.render(size: GridSize(columns: 80, rows: 24)).text
        }
        #expect(text.contains("hello-1"))
        #expect(woken.withLock { $0 } > 0)
        app.handle(.key(.character(":")))
        for character in "q" {
            app.handle(.key(.character(character)))
        }
        app.handle(.key(.enter))
        #expect(app.wantsQuit)
    }
}
