import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Fan-out, monitor and durable HTTP orchestrators")
struct MoreOrchestratorTests {
    @Test("FanOutFanIn runs every item in parallel, reports progress and aggregates")
    func fanOut() async throws {
        try await withHost { host, client in
            _ = try await client.api("POST", "orchestrators/FanOutFanIn/fan-1", body: "{\"items\":5}")
            await host.advance(by: 2)
            let running = try await client.api("GET", "instances/fan-1?showHistory=true")
            #expect(running.json?["customStatus"]?["total"] == 5)
            let pending = running.json?["historyEvents"]?.arrayValue?.filter { $0["EventType"] == "TaskScheduled" }
            #expect(pending?.count == 5)
            await host.advance(by: 60)
            let done = try await client.api("GET", "instances/fan-1")
            #expect(done.json?["output"] == ["processed": 5, "total": 30])
        }
    }

    @Test("Monitor loops on timers, continues as new (history holds only the current execution) and finishes")
    func monitor() async throws {
        try await withHost { host, client in
            let input = "{\"generation\":0,\"maxGenerations\":2,\"intervalSeconds\":10}"
            _ = try await client.api("POST", "orchestrators/Monitor/mon-1", body: input)
            await host.advance(by: 30)
            let second = try await client.api("GET", "instances/mon-1?showHistory=true")
            #expect(second.json?["input"]?["generation"] == 1)
            let events = second.json?["historyEvents"]?.arrayValue ?? []
            #expect(events.first?["EventType"] == "ExecutionStarted")
            #expect(events.contains { $0["EventType"] == "TimerCreated" })
            await host.advance(by: 60)
            let done = try await client.api("GET", "instances/mon-1")
            #expect(done.json?["runtimeStatus"] == "Completed")
        }
    }

    @Test("HttpPoller follows 202 Location answers through BuiltIn::HttpActivity and ends with the 200 response")
    func httpPoller() async throws {
        try await withHost { host, client in
            _ = try await client.api("POST", "orchestrators/HttpPoller/http-1")
            await host.advance(by: 60)
            let done = try await client.api("GET", "instances/http-1?showHistory=true&showHistoryOutput=true")
            #expect(done.json?["output"]?["statusCode"] == 200)
            let calls =
                done.json?["historyEvents"]?.arrayValue?.filter { $0["FunctionName"] == "BuiltIn::HttpActivity" } ?? []
            #expect(calls.count >= 2)
            #expect(calls.first?["Result"]?["statusCode"] == 202)
            let request = try JSONValue(parsing: calls.first?["Input"]?.stringValue ?? "")
            #expect(request["headers"]?["Authorization"]?.stringValue?.hasPrefix("Bearer ") == true)
        }
    }

    @Test("A suspended instance does not progress until resumed")
    func suspendedDoesNotProgress() async throws {
        try await withHost { host, client in
            _ = try await client.api("POST", "orchestrators/HelloSequence/sus-1")
            _ = try await client.api("POST", "instances/sus-1/suspend")
            await host.advance(by: 60)
            #expect(try await client.api("GET", "instances/sus-1").json?["runtimeStatus"] == "Suspended")
            _ = try await client.api("POST", "instances/sus-1/resume")
            await host.advance(by: 60)
            let done = try await client.api("GET", "instances/sus-1?showHistory=true")
            #expect(done.json?["runtimeStatus"] == "Completed")
            let types = done.json?["historyEvents"]?.arrayValue?.compactMap { $0["EventType"]?.stringValue } ?? []
            #expect(types.contains("ExecutionSuspended") && types.contains("ExecutionResumed"))
        }
    }
}
