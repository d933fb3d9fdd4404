import DurableAPI
import DurableHostSim
import Foundation
import HubKit
import Testing

@Suite("Hub looks")
struct HubLookTests {
    /// The key of the simulated hosts, which no summary may show.
    static let secret = "fleet-look-secret-42"

    /// A look at `source` with the standard thresholds, masking ``secret``.
    static func look(_ source: any HubSource) -> HubLook {
        HubLook(source: source, thresholds: .standard, redaction: Redaction(secrets: [secret]))
    }

    /// A look through a real client at `url` with `key`.
    static func look(url: String, key: String) throws -> HubLook {
        let endpoint = try DurableEndpoint.discover(from: url, key: HostKey(key))
        return HubLook(client: DurableClient(endpoint: endpoint, transport: CurlTransport()), thresholds: .standard)
    }

    @Test("counts the last 24 hours per status without entity instances, and finds what needs attention")
    func countsAndAttention() async {
        let old = instance("old-1", status: .failed, ageSeconds: 2 * 86_400, updatedSeconds: 2 * 86_400)
        let entity = instance("@counter@a", name: "counter", status: .running)
        let source = FakeSource(TroubledHub.instances + [old, entity], pageSize: 5)
        let summary = await Self.look(source).summary(now: fixedNow)
        var expected: [RuntimeStatus: Int] = [:]
        for row in TroubledHub.instances {
            expected[row.runtimeStatus, default: 0] += 1
        }
        #expect(summary.counts == expected)
        #expect(summary.failuresLastHour == 6)
        #expect(summary.attention > 0)
        #expect(summary.problem == nil)
        #expect(summary.lastSuccess == fixedNow)
        #expect(source.instanceQueries.map(\.createdFrom) == [fixedNow.addingTimeInterval(-86_400)])
        #expect(source.instanceQueries.allSatisfy { $0.showInput == false && $0.pageSize == 1000 })
    }

    @Test("a failed look gives the problem and its line, with the key masked")
    func failedLook() async {
        let source = FakeSource([instance("a-1")])
        source.contents.withLock {
            $0.failure = .transport(.other(code: 7, message: "refused: https://h/?code=\(Self.secret) \(Self.secret)"))
        }
        let summary = await Self.look(source).summary(now: fixedNow)
        #expect(summary.problem == .unreachable)
        #expect(summary.counts.isEmpty)
        #expect(summary.lastSuccess == nil)
        #expect(summary.problemDetail?.contains("refused") == true)
        #expect(summary.problemDetail?.contains(Self.secret) == false)
    }

    @Test("the looks run at once: the first hub's answer waits for the second hub's look to start")
    func looksOverlap() async {
        let second = FakeSource([instance("b-1")])
        let looks = [Self.look(WaitingSource(other: second)), Self.look(second)]
        let summaries = await HubLook.summaries(looks, now: fixedNow)
        #expect(summaries.map(\.problem) == [nil, nil])
        #expect(summaries.map(\.total) == [0, 1])
    }

    @Test("looks at simulated hosts at once: a troubled hub, a refused key and a dead address, in order")
    func simulatedFleet() async throws {
        var configuration = SimulatedHost.Configuration()
        configuration.key = Self.secret
        configuration.instances = 1200
        configuration.seed = 7
        let host = SimulatedHost(configuration: configuration)
        let url = try await host.start().absoluteString
        let looks = [
            try Self.look(url: url, key: Self.secret),
            try Self.look(url: url, key: "not-the-key"),
            try Self.look(url: "http://127.0.0.1:9", key: Self.secret),
        ]
        let summaries = await HubLook.summaries(looks, now: Date())
        await host.stop()
        #expect(summaries[0].problem == nil)
        #expect(summaries[0].total >= 1000)
        #expect(summaries[0].attention > 0)
        #expect(summaries[1].problem == .keyRefused)
        #expect(summaries[2].problem == .unreachable)
        #expect(summaries[2].problemDetail?.contains("127.0.0.1") == true)
        for summary in summaries {
            #expect(summary.problemDetail?.contains(Self.secret) != true)
        }
    }
}
