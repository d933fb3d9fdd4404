import DurableAPI
import DurableHostSim
import Foundation
import HubKit
import Synchronization
import Testing

@Suite("Poller against a simulated host that scans to answer a listing")
struct PollerScanningHostTests {
    @Test("after a created-since listing of many empty pages, the next ticks send only the active listing")
    func createdSinceSpacedOut() async throws {
        var configuration = SimulatedHost.Configuration()
        configuration.instances = 3000
        configuration.seed = 7
        configuration.manualClock = true
        configuration.pageCap = 100
        configuration.scanBudget = 500
        let host = SimulatedHost(configuration: configuration)
        let url = try await host.start().absoluteString
        let endpoint = try DurableEndpoint.discover(from: url, key: nil)
        let source = DurableClientSource(client: DurableClient(endpoint: endpoint, transport: CurlTransport()))
        let requests = RequestsPerTick()
        let poller = Poller(
            source: source,
            fullResyncInterval: 600,
            now: { Date() },
            demand: { PollDemand() },
            deliver: requests.add
        )
        for _ in 0..<(TickPlanner.maximumCreatedSinceSkips + 3) {
            await poller.tick(explicit: false)
        }
        await poller.tick(explicit: true)
        await host.stop()
        let perTick = requests.all
        let skips = TickPlanner.maximumCreatedSinceSkips
        let active = perTick[2]
        let both = perTick[1]
        #expect(perTick.count == skips + 4)
        #expect(both > active, "the second tick sends the active and the created-since listings")
        #expect(active >= 3000 / 500, "a listing of a hub of 3,000 scanned 500 rows a request takes six requests")
        #expect(Array(perTick[2..<(2 + skips)]) == Array(repeating: active, count: skips))
        #expect(perTick[2 + skips] == both, "the created-since listing comes back after \(skips) ticks")
        #expect(perTick[3 + skips] == both, "a user refresh sends it anyway")
    }

    /// The requests of each tick that succeeded, in order.
    final class RequestsPerTick: Sendable {
        private let counts = Mutex<[Int]>([])

        func add(_ update: PollUpdate) {
            if case .tickSucceeded(let report) = update {
                counts.withLock { $0.append(report.traffic.requests) }
            }
        }

        var all: [Int] { counts.withLock { $0 } }
    }
}
