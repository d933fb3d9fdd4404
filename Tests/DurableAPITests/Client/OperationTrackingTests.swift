import Testing

@testable import DurableAPI

@Suite struct OperationTrackingTests {
    private let statusURL = TestEndpoint.base + "/instances/ord-1?" + TestEndpoint.scope

    @Test func followsLocationHonouringRetryAfterUntilNon202() async throws {
        let transport = ScriptedTransport([
            Reply.json(202, "{}", headers: [("Location", statusURL + "&code=SECRET"), ("Retry-After", "5")]),
            Reply.json(200, "{\"done\":true}"),
        ])
        let sleeper = RecordingSleeper()
        let first = Reply.json(202, "{}", headers: [("Location", statusURL + "&code=SECRET"), ("Retry-After", "10")])
        let final = try await TestEndpoint.client(transport).followLocation(from: first, sleeper: sleeper)
        #expect(final.status == 200)
        #expect(sleeper.delays == [.seconds(10), .seconds(5)])
        #expect(transport.urls == [statusURL, statusURL])
        #expect(transport.requests.allSatisfy { $0.headers["x-functions-key"] == TestEndpoint.key })
    }

    @Test func retryAfterIsClampedAndDefaulted() {
        let policy = PollingPolicy()
        #expect(policy.delay(retryAfter: nil) == .seconds(5))
        #expect(policy.delay(retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT") == .seconds(5))
        #expect(policy.delay(retryAfter: "0") == .seconds(1))
        #expect(policy.delay(retryAfter: " 7 ") == .seconds(7))
        #expect(policy.delay(retryAfter: "86400") == .seconds(60))
        #expect(policy.delay(retryAfter: "-3") == .seconds(5))
    }

    @Test func relativeLocationIsResolvedAgainstTheEndpoint() async throws {
        let transport = ScriptedTransport([Reply.empty(200)])
        let first = Reply.empty(202, headers: [("Location", "/runtime/webhooks/durabletask/instances/x")])
        _ = try await TestEndpoint.client(transport).followLocation(from: first, sleeper: RecordingSleeper())
        #expect(transport.urls == [TestEndpoint.base + "/instances/x"])
    }

    @Test func locationOnAnotherHostIsRefusedAndKeyNeverSent() async throws {
        let transport = ScriptedTransport([Reply.empty(200)])
        let first = Reply.empty(202, headers: [("Location", "https://evil.example.com/x?code=SECRET")])
        await #expect(throws: DurableAPIError.foreignLocation("https://evil.example.com/x?code=***")) {
            try await TestEndpoint.client(transport).followLocation(from: first, sleeper: RecordingSleeper())
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func missing202LocationIsAnInvalidResponse() async throws {
        let transport = ScriptedTransport([])
        await #expect(
            throws: DurableAPIError.invalidResponse(
                path: "Location header",
                reason: "202 answer without a Location to follow"
            )
        ) {
            try await TestEndpoint.client(transport).followLocation(from: Reply.empty(202), sleeper: RecordingSleeper())
        }
    }

    @Test func pollLimitStopsEndlessRunning() async throws {
        let running = Reply.empty(202, headers: [("Location", statusURL), ("Retry-After", "1")])
        let transport = ScriptedTransport(always: running, count: 5)
        let policy = PollingPolicy(maximumPolls: 3)
        await #expect(throws: DurableAPIError.hostError(status: 202, message: "still running after 3 polls")) {
            try await TestEndpoint.client(transport).followLocation(
                from: running,
                policy: policy,
                sleeper: RecordingSleeper()
            )
        }
        #expect(transport.requests.count == 3)
    }

    @Test func cancellationStopsTheWait() async throws {
        let running = Reply.empty(202, headers: [("Location", statusURL)])
        let transport = ScriptedTransport(always: running, count: 100)
        let client = TestEndpoint.client(transport)
        let task = Task {
            try await client.followLocation(from: running, sleeper: TaskSleeper())
        }
        task.cancel()
        await #expect(throws: DurableAPIError.transport(.cancelled)) {
            try await task.value
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func codeIsStrippedFromPolledURLs() {
        #expect(DurableClient.removingCode(from: "https://a/x?code=K&taskHub=H") == "https://a/x?taskHub=H")
        #expect(DurableClient.removingCode(from: "https://a/x?taskHub=H&CODE=K") == "https://a/x?taskHub=H")
        #expect(DurableClient.removingCode(from: "https://a/x?code=K") == "https://a/x")
        #expect(DurableClient.removingCode(from: "https://a/x") == "https://a/x")
    }
}
