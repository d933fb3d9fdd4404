import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Client against sim: management calls")
struct ManagementTests {
    @Test("Raise event completes the approval with the payload; finished is gone (410), unknown is notFound (404)")
    func raiseEvent() async throws {
        try await withClientAgainstSim { sim in
            try await sim.start("ApprovalWorkflow", "mg-approve")
            await sim.host.advance(by: 10)
            let payload: JSONValue = ["approved": true, "by": "ops@example.com"]
            try await sim.client.raiseEvent("ApprovalEvent", to: "mg-approve", data: payload)
            await sim.host.advance(by: 1)
            let status = try await sim.status("mg-approve")
            #expect(status.runtimeStatus == .completed)
            #expect(status.output == payload)
            let sent = try #require(await sim.recorder.exchanges.first { $0.request.url.contains("/raiseEvent/") })
            #expect(sent.request.headers["Content-Type"] == "application/json")
            #expect(sent.response?.status == 202)

            let gone = await apiError { try await sim.client.raiseEvent("ApprovalEvent", to: "mg-approve") }
            #expect(gone == .gone("instance 'mg-approve'"))
            let missing = await apiError { try await sim.client.raiseEvent("ApprovalEvent", to: "mg-nobody") }
            #expect(missing == .notFound("instance 'mg-nobody'"))
        }
    }

    @Test("Terminate gives Terminated with the reason as output; a second terminate is gone (410)")
    func terminate() async throws {
        try await withClientAgainstSim { sim in
            try await sim.start("ApprovalWorkflow", "mg-term")
            await sim.host.advance(by: 10)
            try await sim.client.perform(.terminate, on: "mg-term", reason: "stopped by ops")
            await sim.host.advance(by: 1)
            let status = try await sim.status("mg-term")
            #expect(status.runtimeStatus == .terminated)
            #expect(status.output == "stopped by ops")
            let again = await apiError { try await sim.client.perform(.terminate, on: "mg-term", reason: "again") }
            #expect(again == .gone("instance 'mg-term'"))
            let missing = await apiError { try await sim.client.perform(.terminate, on: "mg-nobody") }
            #expect(missing == .notFound("instance 'mg-nobody'"))
        }
    }

    @Test("Suspend gives Suspended and resume gives Running; the wrong state is the host's 500")
    func suspendAndResume() async throws {
        try await withClientAgainstSim { sim in
            try await sim.start("ApprovalWorkflow", "mg-pause")
            await sim.host.advance(by: 10)
            let notSuspended = await apiError { try await sim.client.perform(.resume, on: "mg-pause") }
            guard case .hostError(500, _) = notSuspended else {
                Issue.record(
                    "resume of a Running instance: expected a 500 host error, got \(String(describing: notSuspended))"
                )
                return
            }
            try await sim.client.perform(.suspend, on: "mg-pause", reason: "maintenance")
            await sim.host.advance(by: 1)
            #expect(try await sim.status("mg-pause").runtimeStatus == .suspended)
            #expect(try await sim.client.status(of: "mg-pause").isRunning)
            let twice = await apiError { try await sim.client.perform(.suspend, on: "mg-pause") }
            guard case .hostError(500, let message) = twice else {
                Issue.record(
                    "suspend of a Suspended instance: expected a 500 host error, got \(String(describing: twice))"
                )
                return
            }
            #expect(message.contains("Suspended"))
            try await sim.client.perform(.resume, on: "mg-pause", reason: "done")
            await sim.host.advance(by: 1)
            #expect(try await sim.status("mg-pause").runtimeStatus == .running)
            let history = try await sim.status("mg-pause", options: StatusOptions(showHistory: true))
            let names = history.historyEvents?.map(\.eventTypeName) ?? []
            #expect(names.contains("ExecutionSuspended"))
            #expect(names.contains("ExecutionResumed"))
        }
    }

    @Test("Rewind brings a Failed FlakyPipeline back to Running and on to Completed; a Completed one is gone (410)")
    func rewind() async throws {
        try await withClientAgainstSim { sim in
            try await sim.start("FlakyPipeline", "mg-flaky")
            await sim.host.advance(by: 300)
            #expect(try await sim.status("mg-flaky").runtimeStatus == .failed)
            try await sim.client.perform(.rewind, on: "mg-flaky", reason: "upstream fixed")
            #expect([RuntimeStatus.pending, .running].contains(try await sim.status("mg-flaky").runtimeStatus))
            await sim.host.advance(by: 300)
            let healed = try await sim.status("mg-flaky")
            #expect(healed.runtimeStatus == .completed)
            let notFailed = await apiError { try await sim.client.perform(.rewind, on: "mg-flaky") }
            #expect(notFailed == .gone("instance 'mg-flaky'"))
        }
    }

    @Test("Restart runs the same input under a new id or the same id; an unknown id is the host's 400")
    func restart() async throws {
        try await withClientAgainstSim { sim in
            try await sim.start("HelloSequence", "mg-again", input: ["Lima"])
            await sim.host.advance(by: 60)
            let fresh = try await sim.client.restart("mg-again")
            guard case .accepted(let payload) = fresh else {
                Issue.record("expected a 202 check-status payload, got \(fresh)")
                return
            }
            #expect(payload.id != "mg-again")
            let copy = try await sim.status(payload.id)
            #expect(copy.name == "HelloSequence")
            #expect(copy.input == ["Lima"])

            let same = try await sim.client.restart("mg-again", newInstanceID: false)
            guard case .accepted(let samePayload) = same else {
                Issue.record("expected a 202 check-status payload, got \(same)")
                return
            }
            #expect(samePayload.id == "mg-again")
            await sim.host.advance(by: 60)
            #expect(try await sim.status("mg-again").output == ["Hello Lima!"])

            let missing = await apiError { try await sim.client.restart("mg-nobody") }
            guard case .hostError(400, let message) = missing else {
                Issue.record("expected a 400 host error, got \(String(describing: missing))")
                return
            }
            #expect(message.contains("InstanceId does not match a valid orchestration instance."))
        }
    }

    @Test("Purge one removes the instance; purge by filter counts what it removed and 0 when nothing matched")
    func purge() async throws {
        try await withClientAgainstSim { sim in
            let started = await sim.host.now
            for id in ["pu-1", "pu-2", "pu-3"] {
                try await sim.start("HelloSequence", id)
            }
            try await sim.start("ApprovalWorkflow", "pu-waiting")
            await sim.host.advance(by: 60)

            #expect(try await sim.client.purge(instanceID: "pu-1") == 1)
            let purged = await apiError { try await sim.client.status(of: "pu-1") }
            #expect(purged == .notFound("instance 'pu-1'"))
            let again = await apiError { try await sim.client.purge(instanceID: "pu-1") }
            #expect(again == .notFound("instance 'pu-1'"))

            let window = PurgeFilter(createdFrom: started.addingTimeInterval(-1), statuses: [.completed])
            #expect(try await sim.client.purge(window) == 2)
            let left = try await sim.allInstances(InstanceQuery(instanceIDPrefix: "pu-"))
            #expect(left.map(\.instanceId) == ["pu-waiting"])
            #expect(try await sim.client.purge(window) == 0)

            let longAgo = Date(timeIntervalSince1970: 978_307_200)
            let empty = PurgeFilter(createdFrom: longAgo, createdTo: longAgo.addingTimeInterval(86_400))
            #expect(try await sim.client.purge(empty) == 0)
        }
    }
}
