import DurableAPI
import DurableHostSim
import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("Fault injection")
struct FaultInjectionTests {
    @Test("Faults are off by default and switch on for the next N requests through the Swift API")
    func nextRequests() async throws {
        try await withHost { host, client in
            #expect(try await client.api("GET", "instances").status == 200)
            await host.setFaults([FaultRule(kind: .serviceUnavailable, nextRequests: 2, retryAfterSeconds: 7)])
            let first = try await client.api("GET", "instances")
            #expect(first.status == 503)
            #expect(first.header("Retry-After") == "7")
            #expect(try await client.api("GET", "instances").status == 503)
            #expect(try await client.api("GET", "instances").status == 200)
            await host.setFaults([FaultRule(kind: .tooManyRequests)])
            #expect(try await client.api("GET", "instances").status == 429)
            await host.setFaults([FaultRule(kind: .serverError)])
            #expect(try await client.api("GET", "instances").json?["Message"] != nil)
        }
    }

    @Test("Malformed JSON, truncated bodies and dropped connections")
    func brokenAnswers() async throws {
        try await withHost { host, client in
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/f-1")
            await host.setFaults([FaultRule(kind: .malformedJSON, nextRequests: 1)])
            let malformed = try await client.api("GET", "instances/f-1")
            #expect(malformed.status == 202)
            #expect(malformed.json == nil)
            await host.setFaults([FaultRule(kind: .truncatedBody, nextRequests: 1)])
            await #expect(throws: (any Error).self) { try await client.api("GET", "instances/f-1") }
            await host.setFaults([FaultRule(kind: .dropConnection, nextRequests: 1)])
            await #expect(throws: (any Error).self) { try await client.api("GET", "instances/f-1") }
            #expect(try await client.api("GET", "instances/f-1").status == 202)
        }
    }

    @Test("The admin route switches faults at run time")
    func adminRoute() async throws {
        try await withHost { _, client in
            let set = try await client.send(
                "POST",
                "/_sim/faults",
                body: "{\"faults\":[{\"kind\":\"tooManyRequests\",\"next\":1}]}"
            )
            #expect(set.status == 200)
            #expect(set.json?["faults"]?[0]?["kind"] == "tooManyRequests")
            #expect(try await client.api("GET", "instances").status == 429)
            #expect(try await client.api("GET", "instances").status == 200)
            #expect(
                try await client.send("POST", "/_sim/faults", body: "{\"faults\":[{\"kind\":\"nope\"}]}").status == 400
            )
            #expect(try await client.send("DELETE", "/_sim/faults").json == ["faults": []])
        }
    }
}
