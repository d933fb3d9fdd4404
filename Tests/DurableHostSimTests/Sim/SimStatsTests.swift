import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Sim stats")
struct SimStatsTests {
    @Test(
        "GET /_sim/stats counts the management requests, faulted ones included, and not its own routes, the instance listings begun, and those filtered by status"
    )
    func countsRequests() async throws {
        try await withHost { host, client in
            #expect(
                try await client.send("GET", "/_sim/stats").json == ["requests": 0, "listings": 0, "statusListings": 0]
            )
            #expect(try await client.api("GET", "instances").status == 200)
            await host.setFaults([FaultRule(kind: .tooManyRequests, nextRequests: 1)])
            #expect(try await client.api("GET", "instances").status == 429)
            _ = try await client.send("GET", "/_sim/faults")
            #expect(try await client.api("GET", "instances/none").status == 404)
            #expect(try await client.api("GET", "instances?runtimeStatus=Running").status == 200)
            #expect(
                try await client.send("GET", "/_sim/stats").json == ["requests": 4, "listings": 3, "statusListings": 1]
            )
        }
    }
}
