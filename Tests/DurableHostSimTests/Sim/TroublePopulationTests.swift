import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("The troubles of a pre-populated hub")
struct TroublePopulationTests {
    /// The `--demo` population: 3000 instances with seed 7.
    private func withDemoHub(_ body: (TroubledHub, SimClient) async throws -> Void) async throws {
        try await withHost({
            $0.instances = 3000
            $0.seed = 7
            $0.arrivalsPerMinute = 0
        }) { host, client in
            try await body(try await TroubledHub(host: host, client: client), client)
        }
    }

    @Test("Failure texts cluster by pattern across four orchestrators, with a recent burst and two one-offs")
    func failurePatterns() async throws {
        try await withDemoHub { hub, _ in
            let declined = hub.failures(containing: "was declined for order ORD-")
            #expect((20...40).contains(declined.count))
            #expect(Set(declined.compactMap { $0["output"]?.stringValue }).count == declined.count)
            #expect(declined.allSatisfy { $0["name"] == "ProcessOrder" })
            let flaky = hub.failures(
                containing: "Activity function 'TransformData' failed: Upstream service unavailable"
            )
            #expect((20...40).contains(flaky.count))
            let unavailable = hub.failures(containing: "returned 503 (Service Unavailable) after")
            #expect(unavailable.count >= 4 && unavailable.allSatisfy { $0["name"] == "HttpPoller" })
            let timedOut = hub.failures(containing: "Timeout value of 00:05:00 was exceeded by function")
            #expect(timedOut.count >= 4 && timedOut.allSatisfy { $0["name"] == "FanOutFanIn" })
            let nullReference = hub.failures(containing: "Object reference not set to an instance of an object.\n")
            #expect(nullReference.count >= 2)
            #expect(
                nullReference.allSatisfy {
                    $0["output"]?.stringValue?.contains(
                        "\n   at Contoso.Orders.Billing.Charge(Order order) in /src/Billing.cs:line 42\n   at "
                    ) == true
                }
            )
            let burst = hub.failures(containing: "configured HttpClient.Timeout of 30 seconds elapsing: POST https://")
            #expect(burst.filter { hub.hoursSince($0, "lastUpdatedTime") * 60 <= 5 }.count >= 6)
            #expect(hub.failures(containing: "Currency 'XBT' is not supported").count == 1)
            #expect(hub.failures(containing: "Value cannot be null. (Parameter 'orderId')").count == 1)
            #expect(Set(hub.rows("Failed").compactMap { $0["name"]?.stringValue }).count >= 4)
        }
    }

    @Test("A failed activity's TaskFailed carries the reason the instance's output reports")
    func failureHistoryAgrees() async throws {
        try await withDemoHub { hub, client in
            for fragment in ["was declined for order", "HttpClient.Timeout", "Timeout value of 00:05:00"] {
                let row = try #require(hub.failures(containing: fragment).first)
                let reply = try await client.api("GET", "instances/\(TroubledHub.id(row))?showHistory=true")
                let events = reply.json?["historyEvents"]?.arrayValue ?? []
                let failed = try #require(events.last { $0["EventType"] == "TaskFailed" })
                let reason = try #require(failed["Reason"]?.stringValue)
                #expect(reply.json?["output"]?.stringValue?.hasSuffix(": " + reason) == true)
                #expect(failed["Details"]?.stringValue?.contains("\"$type\":") == true)
                #expect(events.last?["OrchestrationStatus"] == "Failed")
            }
        }
    }

    @Test("Stuck Pending, stalled Running and long-Suspended instances, with their ages")
    func stuckInstances() async throws {
        try await withDemoHub { hub, client in
            let pending = hub.rows("Pending").filter { hub.hoursSince($0, "createdTime") > 0.25 }
            #expect(pending.count == 4 && pending.allSatisfy { $0["name"] == "LegacyInvoiceSync" })
            #expect(pending.allSatisfy { (0.5...3).contains(hub.hoursSince($0, "createdTime")) })
            #expect(hub.rows("Pending", name: "LegacyInvoiceSync").count == 4)
            let suspended = hub.rows("Suspended")
            #expect(suspended.count == 3 && suspended.allSatisfy { $0["name"] == "ApprovalWorkflow" })
            #expect(suspended.allSatisfy { (2...6).contains(hub.hoursSince($0, "lastUpdatedTime")) })
            let stalled = hub.stalled("HelloSequence")
            #expect((2...4).contains(stalled.count))
            let completed = hub.rows("Completed", name: "HelloSequence")
            let minutes = completed.map {
                (hub.hoursSince($0, "createdTime") - hub.hoursSince($0, "lastUpdatedTime")) * 60
            }
            #expect(completed.count >= 100 && minutes.filter { $0 > 3 }.count * 20 < completed.count)
            let reply = try await client.api("GET", "instances/\(TroubledHub.id(stalled.first))?showHistory=true")
            let last = reply.json?["historyEvents"]?.arrayValue?.last
            #expect(last?["EventType"] == "TaskScheduled" && last?["Name"] == "SayHello")
        }
    }

    @Test("A seed reproduces every trouble; another seed gives other instances")
    func deterministic() async throws {
        func troubles(seed: UInt64) async throws -> [JSONValue] {
            var picked: [JSONValue] = []
            try await withHost({
                $0.instances = 1000
                $0.seed = seed
                $0.arrivalsPerMinute = 0
            }) { host, client in
                let hub = try await TroubledHub(host: host, client: client)
                picked = ["Failed", "Pending", "Suspended"].flatMap { hub.rows($0) }.map {
                    ["id": $0["instanceId"] ?? .null, "output": $0["output"] ?? .null]
                }
            }
            return picked.sorted { TroubledHub.id($0) < TroubledHub.id($1) }
        }
        let first = try await troubles(seed: 11)
        #expect(first.count >= 20)
        #expect(try await troubles(seed: 11) == first)
        #expect(try await troubles(seed: 12) != first)
    }
}
