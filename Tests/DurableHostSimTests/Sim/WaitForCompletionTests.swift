import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Start with wait-for-completion")
struct WaitForCompletionTests {
    @Test("Completed in time: 200 with the output only; still running: the 202 check-status answer")
    func completedOrRunning() async throws {
        try await withHost({
            $0.manualClock = false
            $0.timeScale = 1000
        }) { _, client in
            let done = try await client.api("POST", "orchestrators/HelloSequence/w-1?timeout=5&pollingInterval=0.05")
            #expect(done.status == 200)
            #expect(done.json == ["Hello Tokyo!", "Hello Seattle!", "Hello London!"])
            let waiting = try await client.api(
                "POST",
                "orchestrators/ApprovalWorkflow/w-2?timeout=0.2&pollingInterval=0.05"
            )
            #expect(waiting.status == 202)
            #expect(waiting.json?["id"] == "w-2")
        }
    }

    @Test("pollingInterval above timeout is a 400 after the instance was already started")
    func badInterval() async throws {
        try await withHost { _, client in
            let reply = try await client.api("POST", "orchestrators/ApprovalWorkflow/w-3?timeout=1&pollingInterval=2")
            #expect(reply.status == 400)
            #expect(reply.json?["Message"] == "One or more of the arguments submitted is incorrect")
            #expect(try await client.api("GET", "instances/w-3").status == 202)
        }
    }
}
