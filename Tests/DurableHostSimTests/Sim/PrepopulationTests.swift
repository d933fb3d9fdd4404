import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Pre-populated hubs")
struct PrepopulationTests {
    /// The ids of every instance of a hub made with `seed`, sorted, with the UTC day of readable ids
    /// (`approval-20261130-194`) left out: the day runs back from the host's start, so two hosts started seconds
    /// apart can put an arrival near midnight on different days.
    private func allIDs(seed: UInt64) async throws -> ([String], Int) {
        var result: ([String], Int) = ([], 0)
        try await withHost({
            $0.instances = 1500
            $0.seed = seed
            $0.arrivalsPerMinute = 0
        }) { host, client in
            let ids = try await TroubledHub(host: host, client: client).rows.map { $0["instanceId"]?.stringValue ?? "" }
            result = (ids.map { $0.replacing(/-[0-9]{8}-/, with: "-DAY-") }.sorted(), await host.instanceCount)
        }
        return result
    }

    @Test("A seed reproduces the hub; about the requested number of rows with a mix of statuses and names")
    func deterministicMix() async throws {
        let (first, count) = try await allIDs(seed: 42)
        let (second, _) = try await allIDs(seed: 42)
        #expect(first.count == count)
        #expect(first == second)
        #expect(count >= 1500 && count < 1600)
        try await withHost({
            $0.instances = 1500
            $0.seed = 42
        }) { host, client in
            let rows = try await TroubledHub(host: host, client: client).rows
            let statuses = Set(rows.map { $0["runtimeStatus"]?.stringValue ?? "" })
            let names = Set(rows.map { $0["name"]?.stringValue ?? "" })
            #expect(statuses.isSuperset(of: ["Completed", "Failed", "Running"]))
            #expect(
                names.isSuperset(of: ["HelloSequence", "FanOutFanIn", "ApprovalWorkflow", "FlakyPipeline", "counter"])
            )
        }
    }

    @Test("Without waiting workflows the app starts no monitors and fewer rows stay active")
    func withoutWaitingWorkflows() async throws {
        var active: [Bool: Int] = [:]
        for waiting in [true, false] {
            try await withHost({
                $0.instances = 1500
                $0.seed = 42
                $0.arrivalsPerMinute = 0
                $0.waitingWorkflows = waiting
            }) { _, client in
                let page = try await client.api(
                    "GET",
                    "instances?runtimeStatus=Running,Pending,Suspended,ContinuedAsNew&top=1000&showInput=false"
                )
                let names = page.json?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
                active[waiting] = names.count
                if !waiting {
                    #expect(!names.contains("Monitor"))
                }
            }
        }
        let withWaiting = try #require(active[true])
        let without = try #require(active[false])
        #expect(without < withWaiting, "active with waiting workflows \(withWaiting), without \(without)")
    }

    @Test("A finished pre-populated instance's history is re-synthesized and ends with ExecutionCompleted")
    func replayedHistory() async throws {
        try await withHost({
            $0.instances = 300
            $0.seed = 9
        }) { _, client in
            let list = try await client.api("GET", "instances?runtimeStatus=Completed&top=5")
            let id = try #require(list.json?[0]?["instanceId"]?.stringValue)
            let status = try await client.api("GET", "instances/\(id)?showHistory=true")
            let events = status.json?["historyEvents"]?.arrayValue ?? []
            #expect(events.first?["EventType"] == "ExecutionStarted")
            #expect(events.last?["EventType"] == "ExecutionCompleted")
        }
    }
}
