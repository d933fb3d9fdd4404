import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Management calls on a hub's troubled instances")
struct TroubleManagementTests {
    /// A hub of 1000 instances (the smallest that gets the troubles), read once.
    private func withTroubledHub(_ body: (SimulatedHost, TroubledHub, SimClient) async throws -> Void) async throws {
        try await withHost({
            $0.instances = 1000
            $0.seed = 5
            $0.arrivalsPerMinute = 0
        }) { host, client in
            try await body(host, try await TroubledHub(host: host, client: client), client)
        }
    }

    private func status(_ id: String, _ client: SimClient) async throws -> JSONValue? {
        try await client.api("GET", "instances/\(id)").json
    }

    /// Posts management call `call` (with its query) on instance `id`, expects 202 and returns the runtime status
    /// that follows.
    private func post(_ call: String, on id: String, _ client: SimClient) async throws -> JSONValue? {
        let reply = try await client.api("POST", "instances/\(id)/\(call)")
        #expect(reply.status == 202)
        return try await status(id, client)?["runtimeStatus"]
    }

    @Test("A stuck Pending instance terminates; restarted it is accepted and stays Pending; purged it is gone")
    func stuckPending() async throws {
        try await withTroubledHub { host, hub, client in
            let ids = hub.rows("Pending", name: "LegacyInvoiceSync").map { TroubledHub.id($0) }
            #expect(ids.count == 4)
            #expect(try await client.api("POST", "instances/\(ids[0])/terminate?reason=stuck").status == 202)
            let terminated = try await status(ids[0], client)
            #expect(terminated?["runtimeStatus"] == "Terminated" && terminated?["output"] == "stuck")
            let restart = try await client.api("POST", "instances/\(ids[1])/restart?restartWithNewInstanceId=true")
            #expect(restart.status == 202)
            let newId = try #require(restart.json?["id"]?.stringValue)
            await host.advance(by: 3600)
            #expect(try await status(newId, client)?["runtimeStatus"] == "Pending")
            #expect(try await status(ids[1], client)?["runtimeStatus"] == "Pending")
            #expect(try await client.api("DELETE", "instances/\(ids[2])").status == 200)
            #expect(try await client.api("GET", "instances/\(ids[2])").status == 404)
        }
    }

    @Test("A long-suspended approval resumes and proceeds to completion on its event")
    func longSuspended() async throws {
        try await withTroubledHub { host, hub, client in
            let id = TroubledHub.id(hub.rows("Suspended").first)
            let resumed = try await post("resume?reason=reviewed", on: id, client)
            #expect(resumed == "Running")
            let raised = try await client.api(
                "POST",
                "instances/\(id)/raiseEvent/ApprovalEvent",
                body: "{\"approved\":true}"
            )
            #expect(raised.status == 202)
            await host.advance(by: 5)
            #expect(try await status(id, client)?["runtimeStatus"] == "Completed")
        }
    }

    @Test("A stalled Running instance terminates; restarted under its ID it runs to completion")
    func stalledRunning() async throws {
        try await withTroubledHub { host, hub, client in
            let stalled = hub.stalled("HelloSequence")
            let id = TroubledHub.id(stalled.first)
            let terminated = try await post("terminate?reason=stalled", on: id, client)
            #expect(terminated == "Terminated")
            let restarted = try await post("restart?restartWithNewInstanceId=false", on: id, client)
            #expect(restarted == "Running")
            await host.advance(by: 30)
            #expect(try await status(id, client)?["runtimeStatus"] == "Completed")
        }
    }

    @Test("Rewind charges a declined order again and a 503'd poll polls again; both complete")
    func rewindFailures() async throws {
        try await withTroubledHub { host, hub, client in
            let declined = TroubledHub.id(hub.failures(containing: "was declined for order").first)
            let unavailable = TroubledHub.id(hub.failures(containing: "503 (Service Unavailable)").first)
            for id in [declined, unavailable] {
                let rewound = try await post("rewind?reason=retry", on: id, client)
                #expect(rewound == "Running")
            }
            await host.advance(by: 60)
            for id in [declined, unavailable] {
                let after = try await status(id, client)
                #expect(after?["runtimeStatus"] == "Completed")
            }
        }
    }
}
