import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Client against sim: host key")
struct AuthTests {
    private static let key = "s3cr3t/k+y=="

    @Test("Without the key or with a wrong one the answer is unauthorized (401); with it the call succeeds")
    func unauthorized() async throws {
        try await withClientAgainstSim({ $0.key = AuthTests.key }) { sim in
            let anonymous = sim.client(key: nil)
            let noKey = await apiError { try await anonymous.start(orchestrator: "HelloSequence", instanceID: "au-1") }
            #expect(noKey == .unauthorized)
            let wrong = sim.client(key: "not-the-key")
            let wrongKey = await apiError { try await wrong.status(of: "au-1") }
            #expect(wrongKey == .unauthorized)
            let rejected = await sim.recorder.exchanges
            #expect(rejected.map { $0.response?.status } == [401, 401])
            #expect(rejected.allSatisfy { $0.response?.body.isEmpty == true })

            try await sim.start("HelloSequence", "au-1")
            #expect(try await sim.status("au-1").instanceId == "au-1")
            #expect(try await sim.allInstances(InstanceQuery()).map(\.instanceId) == ["au-1"])
        }
    }

    @Test("The key travels only in x-functions-key, never in a URL, while the host's links carry code=")
    func keyOnlyInHeader() async throws {
        try await withClientAgainstSim({ $0.key = AuthTests.key }) { sim in
            let payload = try await sim.start("HelloSequence", "au-2")
            #expect(payload.statusQueryGetUri.contains("code="))
            _ = try await sim.client.status(of: "au-2")
            _ = try await sim.allInstances(InstanceQuery(pageSize: 1))
            try await sim.client.signal(EntityID(name: "counter", key: "au"), operation: "add", input: 1)
            await sim.host.advance(by: 60)
            #expect(try await sim.client.purge(instanceID: "au-2") == 1)

            let exchanges = await sim.recorder.exchanges
            #expect(exchanges.count >= 5)
            for exchange in exchanges {
                #expect(exchange.request.headers.values(for: "x-functions-key") == [AuthTests.key])
                #expect(!exchange.request.url.contains("code="))
                #expect(!exchange.request.url.contains("s3cr3t"))
                #expect(exchange.response?.status != 401)
            }
            #expect(!"\(sim.client.endpoint)".contains("s3cr3t"))
        }
    }
}
