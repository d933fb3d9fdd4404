import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Orchestrator lifecycles")
struct OrchestratorLifecycleTests {
    @Test("HelloSequence starts Running and completes with three greetings")
    func helloSequence() async throws {
        try await withHost { host, client in
            let start = try await client.api("POST", "orchestrators/HelloSequence/seq-1")
            #expect(start.status == 202)
            #expect(start.header("Retry-After") == "10")
            #expect(start.json?["id"] == "seq-1")
            let running = try await client.api("GET", "instances/seq-1")
            #expect(running.status == 202)
            #expect(running.json?["runtimeStatus"] == "Running")
            #expect(running.header("Retry-After") == "5")
            await host.advance(by: 30)
            let done = try await client.api("GET", "instances/seq-1?showHistory=true&showHistoryOutput=true")
            #expect(done.status == 200)
            #expect(done.json?["output"] == ["Hello Tokyo!", "Hello Seattle!", "Hello London!"])
            let events = done.json?["historyEvents"]?.arrayValue ?? []
            #expect(events.first?["EventType"] == "ExecutionStarted")
            #expect(events.last?["EventType"] == "ExecutionCompleted")
            #expect(!events.contains { $0["EventType"] == "OrchestratorStarted" })
            #expect(events.filter { $0["EventType"] == "TaskCompleted" }.count == 3)
            #expect(!events.contains { $0["EventType"] == "TaskScheduled" })
        }
    }

    @Test("ApprovalWorkflow completes with the ApprovalEvent payload; raising on a finished instance gives 410")
    func approval() async throws {
        try await withHost { host, client in
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/appr-1")
            let raised = try await client.api(
                "POST",
                "instances/appr-1/raiseEvent/ApprovalEvent",
                body: "{\"ok\":true}"
            )
            #expect(raised.status == 202)
            let status = try await client.api("GET", "instances/appr-1")
            #expect(status.json?["runtimeStatus"] == "Completed")
            #expect(status.json?["output"] == ["ok": true])
            let again = try await client.api("POST", "instances/appr-1/raiseEvent/ApprovalEvent", body: "null")
            #expect(again.status == 410)
            await host.advance(by: 1)
        }
    }

    @Test("FlakyPipeline fails after retries; rewind brings it back to completion, output not cleared meanwhile")
    func flakyPipeline() async throws {
        try await withHost { host, client in
            _ = try await client.api("POST", "orchestrators/FlakyPipeline/flaky-1")
            await host.advance(by: 60)
            let failed = try await client.api("GET", "instances/flaky-1")
            #expect(failed.json?["runtimeStatus"] == "Failed")
            let failedOutput = failed.json?["output"]
            #expect(failedOutput?.stringValue?.contains("TransformData") == true)
            let as500 = try await client.api("GET", "instances/flaky-1?returnInternalServerErrorOnFailure=true")
            #expect(as500.status == 500)
            let rewind = try await client.api("POST", "instances/flaky-1/rewind?reason=retry")
            #expect(rewind.status == 202)
            let running = try await client.api("GET", "instances/flaky-1")
            #expect(running.json?["runtimeStatus"] == "Running")
            #expect(running.json?["output"] == failedOutput)
            await host.advance(by: 60)
            let done = try await client.api("GET", "instances/flaky-1?showHistory=true")
            #expect(done.json?["runtimeStatus"] == "Completed")
            let events = done.json?["historyEvents"]?.arrayValue ?? []
            #expect(events.contains { $0["EventType"] == "GenericEvent" })
            #expect(events.contains { $0["EventType"] == "ExecutionRewound" })
        }
    }

    @Test("Terminate, suspend and resume have their effects and status codes")
    func management() async throws {
        try await withHost { host, client in
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/m-1")
            #expect(try await client.api("POST", "instances/m-1/resume").status == 500)
            #expect(try await client.api("POST", "instances/m-1/suspend?reason=pause").status == 202)
            #expect(try await client.api("POST", "instances/m-1/suspend").status == 500)
            let suspended = try await client.api("GET", "instances/m-1")
            #expect(suspended.json?["runtimeStatus"] == "Suspended")
            #expect(try await client.api("POST", "instances/m-1/resume").status == 202)
            let terminated = try await client.api("POST", "instances/m-1/terminate?reason=%7B%22why%22%3A1%7D")
            #expect(terminated.status == 202)
            let status = try await client.api("GET", "instances/m-1")
            #expect(status.json?["runtimeStatus"] == "Terminated")
            #expect(status.json?["output"] == ["why": 1])
            #expect(try await client.api("POST", "instances/m-1/terminate").status == 410)
            #expect(try await client.api("POST", "instances/nope/terminate").status == 404)
            await host.advance(by: 1)
        }
    }

    @Test("ParentOrchestration creates children with known IDs and completes with their outputs")
    func parent() async throws {
        try await withHost { host, client in
            _ = try await client.api("POST", "orchestrators/ParentOrchestration/p-1", body: "{\"children\":2}")
            let child = try await client.api("GET", "instances/p-1:child:1")
            #expect(child.json?["name"] == "HelloSequence")
            await host.advance(by: 60)
            let done = try await client.api("GET", "instances/p-1")
            #expect(done.json?["runtimeStatus"] == "Completed")
            #expect(done.json?["output"]?.arrayValue?.count == 2)
        }
    }

    @Test("Start with an unknown orchestrator gives the host's 400 long form; a duplicate running ID gives 500")
    func startErrors() async throws {
        try await withHost { _, client in
            let unknown = try await client.api("POST", "orchestrators/Nope")
            #expect(unknown.status == 400)
            #expect(
                unknown.json?["ExceptionMessage"]?.stringValue?.hasPrefix("The function 'Nope' doesn't exist") == true
            )
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/dup")
            let duplicate = try await client.api("POST", "orchestrators/ApprovalWorkflow/dup")
            #expect(duplicate.status == 500)
            #expect(
                duplicate.json?["ExceptionType"] == "DurableTask.Core.Exceptions.OrchestrationAlreadyExistsException"
            )
        }
    }
}
