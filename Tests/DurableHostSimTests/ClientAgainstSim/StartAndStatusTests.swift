import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Client against sim: start and status")
struct StartAndStatusTests {
    @Test("Start answers 202 with the check-status payload; status is 202 while running and 200 once finished")
    func startAndStatus() async throws {
        try await withClientAgainstSim { sim in
            let payload = try await sim.start("HelloSequence", "st-hello", input: ["Tokyo", "Lima"])
            #expect(payload.id == "st-hello")
            #expect(
                payload.statusQueryGetUri.hasSuffix(
                    "/runtime/webhooks/durabletask/instances/st-hello?taskHub=TestHubName&connection=Storage"
                )
            )
            #expect(payload.sendEventPostUri.contains("/instances/st-hello/raiseEvent/{eventName}"))

            let running = try await sim.client.status(of: "st-hello")
            #expect(running.isRunning)
            #expect([RuntimeStatus.pending, .running].contains(running.status.runtimeStatus))
            #expect(running.status.name == "HelloSequence")
            #expect(running.status.input == ["Tokyo", "Lima"])
            #expect(running.status.output == .null)
            let runningAnswer = try #require(await sim.recorder.exchanges.last?.response)
            #expect(runningAnswer.status == 202)
            #expect(runningAnswer.headers["Retry-After"] == "5")
            #expect(
                runningAnswer.headers["Location"]?.hasSuffix("/runtime/webhooks/durabletask/instances/st-hello") == true
            )

            await sim.host.advance(by: 60)
            let finished = try await sim.client.status(of: "st-hello")
            #expect(!finished.isRunning)
            #expect(finished.status.runtimeStatus == .completed)
            #expect(finished.status.output == ["Hello Tokyo!", "Hello Lima!"])
            #expect(finished.status.lastUpdatedTime >= finished.status.createdTime)
            let finishedAnswer = try #require(await sim.recorder.exchanges.last?.response)
            #expect(finishedAnswer.status == 200)
            #expect(finishedAnswer.headers["Location"] == nil)
        }
    }

    @Test("Start without an instance id gets a 32-hex id from the host")
    func generatedID() async throws {
        try await withClientAgainstSim { sim in
            let result = try await sim.client.start(orchestrator: "HelloSequence")
            guard case .accepted(let payload) = result else {
                Issue.record("expected a 202 check-status payload, got \(result)")
                return
            }
            #expect(payload.id.count == 32)
            #expect(payload.id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
            #expect(try await sim.status(payload.id).name == "HelloSequence")
        }
    }

    @Test("History comes transformed: no OrchestratorStarted, merged activities, ends with ExecutionCompleted")
    func history() async throws {
        try await withClientAgainstSim { sim in
            try await sim.start("HelloSequence", "st-history", input: ["Oslo", "Rome", "Kyiv"])
            await sim.host.advance(by: 60)
            let options = StatusOptions(showHistory: true, showHistoryOutput: true)
            let status = try await sim.status("st-history", options: options)
            let events = try #require(status.historyEvents)
            let names = events.map(\.eventTypeName)
            #expect(names.first == "ExecutionStarted")
            #expect(names.last == "ExecutionCompleted")
            #expect(!names.contains("OrchestratorStarted"))
            #expect(!names.contains("OrchestratorCompleted"))
            #expect(!names.contains("TaskScheduled"))
            let activities = events.compactMap { event -> HistoryRecord<CompletedWorkEvent>? in
                guard case .taskCompleted(let completed) = event else { return nil }
                return completed
            }
            #expect(activities.map(\.functionName) == ["SayHello", "SayHello", "SayHello"])
            #expect(activities.map(\.result) == ["Hello Oslo!", "Hello Rome!", "Hello Kyiv!"])
            for activity in activities {
                let scheduled = try #require(activity.scheduledTime)
                #expect(scheduled <= activity.timestamp)
                #expect(activity.input != nil)
            }
            #expect(events.last?.result == ["Hello Oslo!", "Hello Rome!", "Hello Kyiv!"])

            let plain = try await sim.status("st-history")
            #expect(plain.historyEvents == nil)
            let withoutInput = try await sim.status("st-history", options: StatusOptions(showInput: false))
            #expect(withoutInput.input == .null)
        }
    }

    @Test("A Failed instance is 200 by default and 500 with its status when returnInternalServerErrorOnFailure")
    func failedInstance() async throws {
        try await withClientAgainstSim { sim in
            try await sim.start("FlakyPipeline", "st-flaky")
            await sim.host.advance(by: 300)
            let plain = try await sim.client.status(of: "st-flaky")
            #expect(!plain.isRunning)
            #expect(plain.status.runtimeStatus == .failed)
            #expect(await sim.recorder.exchanges.last?.response?.status == 200)

            let options = StatusOptions(returnInternalServerErrorOnFailure: true)
            let asked = try await sim.client.status(of: "st-flaky", options: options)
            #expect(asked.status.runtimeStatus == .failed)
            #expect(asked.status.output.stringValue?.contains("TransformData") == true)
            #expect(await sim.recorder.exchanges.last?.response?.status == 500)
        }
    }

    @Test("Unknown instance is notFound (404)")
    func unknownInstance() async throws {
        try await withClientAgainstSim { sim in
            let error = await apiError { try await sim.client.status(of: "st-missing") }
            #expect(error == .notFound("instance 'st-missing'"))
        }
    }

    @Test("Unknown orchestrator is the host's 400 with its ExceptionMessage")
    func unknownOrchestrator() async throws {
        try await withClientAgainstSim { sim in
            let error = await apiError {
                try await sim.client.start(orchestrator: "NoSuchOrchestrator", instanceID: "st-unknown")
            }
            guard case .hostError(400, let message) = error else {
                Issue.record("expected a 400 host error, got \(String(describing: error))")
                return
            }
            #expect(message.contains("The function 'NoSuchOrchestrator' doesn't exist"))
        }
    }

    @Test("Starting the id of a running instance is the host's 500 long form")
    func duplicateID() async throws {
        try await withClientAgainstSim { sim in
            try await sim.start("ApprovalWorkflow", "st-dup")
            let error = await apiError {
                try await sim.client.start(orchestrator: "ApprovalWorkflow", instanceID: "st-dup")
            }
            guard case .hostError(500, let message) = error else {
                Issue.record("expected a 500 host error, got \(String(describing: error))")
                return
            }
            #expect(message.contains("An Orchestration instance with the status Running already exists."))
        }
    }

    @Test("Wait-for-completion: output on completion, status on failure, 202 on timeout, 400 for a bad interval")
    func waitForCompletion() async throws {
        try await withClientAgainstSim({
            $0.manualClock = false
            $0.timeScale = 100
        }) { sim in
            let wait = WaitForCompletion(timeout: .seconds(10), pollingInterval: .milliseconds(50))
            let hello = try await sim.client.start(
                orchestrator: "HelloSequence",
                instanceID: "st-wait-hello",
                input: ["Lima"],
                wait: wait
            )
            #expect(hello == .completed(output: ["Hello Lima!"]))

            let flaky = try await sim.client.start(
                orchestrator: "FlakyPipeline",
                instanceID: "st-wait-flaky",
                wait: wait
            )
            guard case .finished(let failed) = flaky else {
                Issue.record("expected the Failed status object, got \(flaky)")
                return
            }
            #expect(failed.instanceId == "st-wait-flaky")
            #expect(failed.runtimeStatus == .failed)

            let short = WaitForCompletion(timeout: .milliseconds(300), pollingInterval: .milliseconds(100))
            let approval = try await sim.client.start(
                orchestrator: "ApprovalWorkflow",
                instanceID: "st-wait-approval",
                wait: short
            )
            guard case .accepted(let payload) = approval else {
                Issue.record("expected 202 with the check-status payload after the timeout, got \(approval)")
                return
            }
            #expect(payload.id == "st-wait-approval")

            let restarted = try await sim.client.restart("st-wait-hello", newInstanceID: false, wait: wait)
            #expect(restarted == .completed(output: ["Hello Lima!"]))

            let inverted = WaitForCompletion(timeout: .seconds(1), pollingInterval: .seconds(2))
            let error = await apiError {
                try await sim.client.start(orchestrator: "HelloSequence", instanceID: "st-wait-bad", wait: inverted)
            }
            guard case .hostError(400, _) = error else {
                Issue.record(
                    "expected a 400 host error for pollingInterval > timeout, got \(String(describing: error))"
                )
                return
            }
        }
    }
}
