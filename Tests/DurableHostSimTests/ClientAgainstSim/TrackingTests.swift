import DurableAPI
import DurableHostSim
import Foundation
import Testing

/// A sleeper that moves the simulated host's manual clock instead of waiting, and remembers each wait.
actor AdvancingSleeper: Sleeper {
    private let host: SimulatedHost
    private(set) var waits: [Duration] = []

    init(host: SimulatedHost) {
        self.host = host
    }

    func sleep(for duration: Duration) async throws {
        waits.append(duration)
        let (seconds, attoseconds) = duration.components
        await host.advance(by: Double(seconds) + Double(attoseconds) / 1e18)
    }
}

@Suite("Client against sim: async operation tracking")
struct TrackingTests {
    @Test("Following a 202 Location honours Retry-After and ends with the 200 status of the finished instance")
    func followToCompletion() async throws {
        try await withClientAgainstSim({ $0.key = "tr-key" }) { sim in
            let request = sim.client.endpoint.request(.post, pathSegments: ["orchestrators", "HelloSequence", "tr-1"])
            let accepted = try await sim.client.send(request)
            #expect(accepted.status == 202)
            #expect(accepted.headers["Retry-After"] == "10")
            #expect(accepted.headers["Location"]?.contains("code=") == true)

            let sleeper = AdvancingSleeper(host: sim.host)
            let policy = PollingPolicy(minimumDelay: .seconds(1), maximumDelay: .seconds(60), maximumPolls: 20)
            let final = try await sim.client.followLocation(from: accepted, policy: policy, sleeper: sleeper)
            #expect(final.status == 200)
            let body = try JSONValue(parsing: final.body)
            #expect(body["instanceId"] == "tr-1")
            #expect(body["runtimeStatus"] == "Completed")

            let waits = await sleeper.waits
            #expect(waits.first == .seconds(10))
            #expect(waits.dropFirst().allSatisfy { $0 == .seconds(5) })
            let polls = await sim.recorder.exchanges.dropFirst()
            #expect(polls.count == waits.count)
            for poll in polls {
                #expect(poll.request.method == .get)
                #expect(!poll.request.url.contains("code="))
                #expect(poll.request.url.contains("/instances/tr-1?"))
                #expect(poll.request.headers["x-functions-key"] == "tr-key")
            }
        }
    }

    @Test("Tracking an instance that never finishes stops when its task is cancelled")
    func cancellation() async throws {
        try await withClientAgainstSim({
            $0.manualClock = false
            $0.timeScale = 1
        }) { sim in
            let request = sim.client.endpoint.request(
                .post,
                pathSegments: ["orchestrators", "ApprovalWorkflow", "tr-2"]
            )
            let accepted = try await sim.client.send(request)
            #expect(accepted.status == 202)
            let client = sim.client
            let policy = PollingPolicy(minimumDelay: .milliseconds(20), maximumDelay: .milliseconds(20))
            let tracking = Task {
                try await client.followLocation(from: accepted, policy: policy)
            }
            let polled = try await eventually("three polls of the running instance") {
                await sim.recorder.exchanges.count >= 4
            }
            #expect(polled)
            tracking.cancel()
            let outcome = await tracking.result
            #expect(throws: DurableAPIError.transport(.cancelled)) { try outcome.get() }
            #expect(try await sim.status("tr-2").runtimeStatus == .running)
        }
    }
}
