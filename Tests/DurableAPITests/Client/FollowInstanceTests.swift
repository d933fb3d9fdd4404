import Testing

@testable import DurableAPI

/// `DurableClient.follow(instanceID:)`: the async HTTP pattern from an instance id to its end.
@Suite struct FollowInstanceTests {
    private let statusURL = TestEndpoint.base + "/instances/ord-1?" + TestEndpoint.scope
    private let completed = HostPayloads.status202.replacingOccurrences(of: "\"Running\"", with: "\"Completed\"")
    private let failed = HostPayloads.status202.replacingOccurrences(of: "\"Running\"", with: "\"Failed\"")

    @Test func pollsTheLocationAfterRetryAfterUntil200() async throws {
        let transport = ScriptedTransport([
            Reply.json(
                202,
                HostPayloads.status202,
                headers: [("Location", statusURL + "&code=X"), ("Retry-After", "10")]
            ),
            Reply.json(202, HostPayloads.status202, headers: [("Location", statusURL), ("Retry-After", "2")]),
            Reply.json(200, completed),
        ])
        let sleeper = RecordingSleeper()
        let outcome = try await TestEndpoint.client(transport).follow(instanceID: "ord-1", sleeper: sleeper)
        guard case .finished(let status) = outcome else {
            Issue.record("expected finished, got \(outcome)")
            return
        }
        #expect(status.runtimeStatus == .completed)
        #expect(sleeper.delays == [.seconds(10), .seconds(2)])
        #expect(transport.urls == [TestEndpoint.base + "/instances/ord-1?" + TestEndpoint.scope, statusURL, statusURL])
        #expect(transport.requests.allSatisfy { $0.headers["x-functions-key"] == TestEndpoint.key })
    }

    @Test func intervalCapsRetryAfter() async throws {
        let transport = ScriptedTransport([
            Reply.json(202, HostPayloads.status202, headers: [("Retry-After", "10")]),
            Reply.json(200, completed),
        ])
        let sleeper = RecordingSleeper()
        var policy = PollingPolicy()
        policy.maximumDelay = .seconds(3)
        _ = try await TestEndpoint.client(transport).follow(instanceID: "ord-1", policy: policy, sleeper: sleeper)
        #expect(sleeper.delays == [.seconds(3)])
    }

    @Test func aFailedInstanceAnswered500IsFinished() async throws {
        let transport = ScriptedTransport([Reply.json(500, failed)])
        let outcome = try await TestEndpoint.client(transport).follow(instanceID: "ord-1", sleeper: RecordingSleeper())
        guard case .finished(let status) = outcome else {
            Issue.record("expected finished, got \(outcome)")
            return
        }
        #expect(status.runtimeStatus == .failed)
    }

    @Test func aPassedDeadlineAnswersStillRunningWithoutWaiting() async throws {
        let transport = ScriptedTransport([Reply.json(202, HostPayloads.status202, headers: [("Retry-After", "10")])])
        let sleeper = RecordingSleeper()
        let outcome = try await TestEndpoint.client(transport).follow(
            instanceID: "ord-1",
            deadline: ContinuousClock.now,
            sleeper: sleeper
        )
        guard case .stillRunning(let status) = outcome else {
            Issue.record("expected stillRunning, got \(outcome)")
            return
        }
        #expect(status.runtimeStatus == .running)
        #expect(sleeper.delays.isEmpty)
    }

    @Test func anUnknownInstanceIsNotFound() async throws {
        let transport = ScriptedTransport([Reply.empty(404)])
        await #expect(throws: DurableAPIError.notFound("instance 'nope'")) {
            try await TestEndpoint.client(transport).follow(instanceID: "nope", sleeper: RecordingSleeper())
        }
    }
}
