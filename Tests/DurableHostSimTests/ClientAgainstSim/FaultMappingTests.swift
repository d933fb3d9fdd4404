import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Client against sim: injected faults")
struct FaultMappingTests {
    @Test("503, 429 and 500 are HTTP answers; the next request succeeds again")
    func httpFaults() async throws {
        try await withClientAgainstSim { sim in
            try await sim.start("ApprovalWorkflow", "fa-1")

            await sim.host.setFaults([FaultRule(kind: .serviceUnavailable, nextRequests: 1, retryAfterSeconds: 7)])
            let unavailable = await apiError { try await sim.client.status(of: "fa-1") }
            guard case .hostError(503, _) = unavailable else {
                Issue.record("expected a 503 host error, got \(String(describing: unavailable))")
                return
            }
            #expect(await sim.recorder.exchanges.last?.response?.headers["Retry-After"] == "7")
            #expect(try await sim.status("fa-1").instanceId == "fa-1")

            await sim.host.setFaults([FaultRule(kind: .tooManyRequests, nextRequests: 1)])
            let throttled = await apiError { try await sim.client.status(of: "fa-1") }
            guard case .unexpectedStatus(429, _) = throttled else {
                Issue.record("expected 429 as an unexpected status, got \(String(describing: throttled))")
                return
            }

            await sim.host.setFaults([FaultRule(kind: .serverError, nextRequests: 1)])
            let broken = await apiError { try await sim.client.status(of: "fa-1") }
            guard case .hostError(500, let message) = broken else {
                Issue.record("expected a 500 host error, got \(String(describing: broken))")
                return
            }
            #expect(!message.isEmpty)
            #expect(try await sim.status("fa-1").instanceId == "fa-1")
        }
    }

    @Test("A body that is not JSON is an invalid response, not a crash")
    func malformedJSON() async throws {
        try await withClientAgainstSim { sim in
            try await sim.start("ApprovalWorkflow", "fa-2")
            await sim.host.setFaults([FaultRule(kind: .malformedJSON, nextRequests: 1)])
            let error = await apiError { try await sim.client.status(of: "fa-2") }
            guard case .invalidResponse = error else {
                Issue.record("expected an invalid response, got \(String(describing: error))")
                return
            }
        }
    }

    @Test("Dropped connections and truncated bodies are transport failures, kept apart from HTTP answers")
    func transportFaults() async throws {
        try await withClientAgainstSim { sim in
            try await sim.start("ApprovalWorkflow", "fa-3")
            for kind in [FaultKind.dropConnection, .truncatedBody] {
                await sim.host.setFaults([FaultRule(kind: kind, nextRequests: 1)])
                let error = await apiError { try await sim.client.status(of: "fa-3") }
                guard case .transport = error else {
                    Issue.record("\(kind): expected a transport failure, got \(String(describing: error))")
                    continue
                }
            }
            #expect(try await sim.status("fa-3").instanceId == "fa-3")
        }
    }

    @Test("An answer slower than the total timeout is a timeout")
    func latency() async throws {
        try await withClientAgainstSim { sim in
            try await sim.start("ApprovalWorkflow", "fa-4")
            await sim.host.setFaults([FaultRule(kind: .latency, nextRequests: 1, latencyMilliseconds: 2000)])
            let impatient = DurableClient(
                endpoint: sim.client.endpoint,
                transport: CurlTransport(
                    options: CurlTransport.Options(totalTimeout: .milliseconds(300), useEnvironmentProxy: false)
                )
            )
            let error = await apiError { try await impatient.status(of: "fa-4") }
            guard case .transport(.timedOut) = error else {
                Issue.record("expected a timeout, got \(String(describing: error))")
                return
            }
        }
    }
}
