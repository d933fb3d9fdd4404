import Dashboard
import DurableAPI
import Foundation
import HubKit
import ScreenKit
import Synchronization
import Testing

@Suite("Backoff and slow host in the header")
struct BackoffHeaderTests {
    /// The header's first row at `now`, at 80×24, without its trailing spaces.
    func header(_ state: DashboardState, at now: Date) -> String {
        trimmed(Renderer.render(state, size: GridSize(columns: 80, rows: 24), now: now).text(ofRow: 0))
    }

    func trimmed(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }

    /// A loaded hub whose last tick failed with `problem`, held back by its host's gate for `seconds`.
    func backedOff(_ problem: HubProblem, for seconds: TimeInterval, host: String) -> DashboardState {
        var state = loadedState([instance("a")], options: DashboardOptions(endpointHost: host))
        state.apply(.tickStarted(at: fixedNow), now: fixedNow)
        state.apply(.tickFailed(message: "host error 503: busy", problem: problem, at: fixedNow), now: fixedNow)
        let notice = HostBackoff(problem: problem, retryAt: fixedNow.addingTimeInterval(seconds))
        state.apply(.backoff(notice), now: fixedNow)
        return state
    }

    @Test("while backing off the header counts down to the next try and says why; the footer keeps the error")
    func countdown() {
        let state = backedOff(.throttled, for: 8, host: "h")
        #expect(header(state, at: fixedNow) == "h  every 5s  STALE: updated 3s ago  throttled by host, retry in 8s")
        #expect(header(state, at: fixedNow.addingTimeInterval(5)).hasSuffix("throttled by host, retry in 3s"))
        #expect(header(state, at: fixedNow.addingTimeInterval(8)) == "h  every 5s  STALE: updated 11s ago")
        #expect(trimmed(screen(state).text(ofRow: 23)) == "refresh failed: host error 503: busy")
        let grid = screen(state)
        #expect(grid[0, column(of: "throttled", inRow: 0, of: grid) ?? 0].style == .headerStale)
    }

    @Test("each kind of problem has its words")
    func kinds() {
        let texts: [(HubProblem, TimeInterval, String)] = [
            (.unreachable, 16, "host unreachable, retry in 16s"),
            (.keyRefused, 30, "key refused, retry in 30s"),
            (.hostError, 4, "host error, retry in 4s"),
        ]
        for (problem, seconds, text) in texts {
            #expect(header(backedOff(problem, for: seconds, host: "h"), at: fixedNow).hasSuffix("ago  " + text))
        }
    }

    @Test("when the age and the reason do not both fit, the reason wins")
    func reasonWins() {
        let state = backedOff(.throttled, for: 8, host: "orders-prod.azurewebsites.net")
        #expect(
            header(state, at: fixedNow)
                == "orders-prod.azurewebsites.net  every 5s  STALE: throttled by host, retry in 8s"
        )
    }

    @Test("another hub's backoff on a shared host shows on a hub whose data is still fresh")
    func sharedGateOnFreshData() {
        var state = loadedState([instance("a")], options: DashboardOptions(endpointHost: "h"))
        state.apply(.backoff(HostBackoff(problem: .throttled, retryAt: fixedNow.addingTimeInterval(8))), now: fixedNow)
        #expect(header(state, at: fixedNow) == "h  every 5s  updated 3s ago  throttled by host, retry in 8s")
    }

    @Test("a tick waiting past 2x the refresh (3 s at least) names the slow host, past 3x (4.5 s) the data is stale")
    func slowHost() {
        let options = DashboardOptions(endpointHost: "h", refreshInterval: .seconds(1))
        var state = loadedState([instance("a")], options: options)
        state.apply(.tickStarted(at: fixedNow), now: fixedNow)
        #expect(header(state, at: fixedNow.addingTimeInterval(3)) == "h  every 1s  updated 6s ago")
        #expect(
            header(state, at: fixedNow.addingTimeInterval(3.5)) == "h  every 1s  updated 6s ago  waiting for host 3s"
        )
        #expect(header(state, at: fixedNow.addingTimeInterval(4.5)).hasSuffix("waiting for host 4s"))
        #expect(header(state, at: fixedNow.addingTimeInterval(4.6)) == "h  every 1s  STALE: waiting for host 4s")
        #expect(header(state, at: fixedNow.addingTimeInterval(16)) == "h  every 1s  STALE: waiting for host 16s")
        let ended = fixedNow.addingTimeInterval(16)
        state.apply(.tickSucceeded(TickReport(finishedAt: ended, wasFullListing: false, traffic: .init())), now: ended)
        #expect(header(state, at: ended) == "h  every 1s  updated 0s ago")
    }

    @Test("a slow tick's wait counts from the last page a full listing received, and a backoff hides behind it")
    func pagesAndBackoffDuringATick() {
        let options = DashboardOptions(endpointHost: "h", refreshInterval: .seconds(1))
        var state = loadedState([instance("a")], options: options)
        state.apply(.backoff(HostBackoff(problem: .hostError, retryAt: fixedNow.addingTimeInterval(30))), now: fixedNow)
        state.apply(.tickStarted(at: fixedNow), now: fixedNow)
        #expect(header(state, at: fixedNow.addingTimeInterval(1)) == "h  every 1s  updated 4s ago")
        let page = fixedNow.addingTimeInterval(4)
        state.apply(.loading(count: 1_000), now: page)
        #expect(!header(state, at: page.addingTimeInterval(2)).contains("waiting"))
        #expect(header(state, at: page.addingTimeInterval(3.5)).hasSuffix("waiting for host 3s"))
    }

    /// A host whose every answer is a 429 asking for `retryAfter`.
    struct ThrottledSource: HubSource {
        let retryAfter: String?

        func instances(_ query: InstanceQuery) -> ContinuationPages<OrchestrationStatus> {
            ContinuationPages(fetchPage: { _ throws(DurableAPIError) in throw .unexpectedStatus(429, "") })
        }

        func instance(_ instanceID: String, options: StatusOptions) async throws(DurableAPIError) -> OrchestrationStatus
        {
            throw .unexpectedStatus(429, "")
        }

        func entities(_ query: EntityQuery) -> ContinuationPages<EntityStatus> {
            ContinuationPages(fetchPage: { _ throws(DurableAPIError) in throw .unexpectedStatus(429, "") })
        }

        func entityState(_ id: EntityID) async throws(DurableAPIError) -> JSONValue {
            throw .unexpectedStatus(429, "")
        }

        var traffic: TrafficCounter.Snapshot { TrafficCounter.Snapshot() }
    }

    @Test("a tick says when it started, and a throttled tick ends with the host's Retry-After")
    func pollerOutcome() async {
        let updates = Mutex<[PollUpdate]>([])
        let poller = Poller(
            source: ThrottledSource(retryAfter: "7"),
            fullResyncInterval: 600,
            now: { fixedNow },
            demand: { PollDemand() },
            deliver: { update in updates.withLock { $0.append(update) } }
        )
        #expect(await poller.tick(explicit: false) == .failed(.throttled, retryAfter: .seconds(7)))
        #expect(updates.withLock { $0.first } == .tickStarted(at: fixedNow))
        let answering = Poller(
            source: FakeSource(),
            fullResyncInterval: 600,
            now: { fixedNow },
            demand: { PollDemand() },
            deliver: { _ in }
        )
        #expect(await answering.tick(explicit: false) == .succeeded)
    }
}
