import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Several task hubs on one host")
struct TaskHubTests {
    /// The ids on the first page of `GET instances` with `query` (e.g. `taskHub=B`).
    private func ids(_ client: SimClient, _ query: String = "") async throws -> [String] {
        let reply = try await client.api("GET", "instances?top=1000&showInput=false&" + query)
        #expect(reply.status == 200)
        return reply.json?.arrayValue?.compactMap { $0["instanceId"]?.stringValue } ?? []
    }

    @Test("A start in hub B is listed in B only; the default hub answers without taskHub, empty or in any case")
    func separateHubs() async throws {
        try await withHost({ $0.additionalTaskHubs = [SimulatedHost.TaskHubSpec(name: "B")] }) { _, client in
            let started = try await client.api("POST", "orchestrators/ApprovalWorkflow/in-b?taskHub=B")
            #expect(started.status == 202)
            #expect(try await client.api("POST", "orchestrators/ApprovalWorkflow/in-default").status == 202)
            #expect(try await ids(client, "taskHub=B") == ["in-b"])
            #expect(try await ids(client, "taskHub=b") == ["in-b"])
            #expect(try await ids(client) == ["in-default"])
            #expect(try await ids(client, "taskHub=testhubNAME") == ["in-default"])
            #expect(try await ids(client, "taskHub=") == ["in-default"])
            #expect(try await ids(client, "taskHub=%20") == ["in-default"])
            #expect(try await client.api("GET", "instances/in-b").status == 404)
            #expect(try await client.api("GET", "instances/in-default?taskHub=B").status == 404)
            #expect(try await client.api("GET", "instances/in-b?taskHub=B").json?["runtimeStatus"] == "Running")
        }
    }

    @Test("An unknown hub gets 404 with the host's short error naming it, and nothing is created")
    func unknownHub() async throws {
        try await withHost({ $0.additionalTaskHubs = [SimulatedHost.TaskHubSpec(name: "B")] }) { host, client in
            let start = try await client.api("POST", "orchestrators/HelloSequence/nope-1?taskHub=Nope")
            #expect(start.status == 404)
            #expect(start.header("Content-Type") == "application/json; charset=utf-8")
            #expect(start.json == ["Message": "Task hub 'Nope' does not exist on this host."])
            let list = try await client.api("GET", "instances?taskHub=Nope")
            #expect(list.status == 404)
            #expect(list.json?["Message"] == "Task hub 'Nope' does not exist on this host.")
            let signal = try await client.api("POST", "entities/counter/c?op=add&taskHub=Nope", body: "1")
            #expect(signal.status == 404)
            #expect(await host.instanceCount == 0)
            #expect(try await ids(client, "taskHub=B") == [])
            #expect(try await client.send("GET", "/_sim/faults?taskHub=Nope").status == 200)
        }
    }

    @Test("Each hub has its own population: its seed decides it, equal seeds give equal hubs")
    func populations() async throws {
        try await withHost({
            $0.instances = 200
            $0.seed = 1
            $0.arrivalsPerMinute = 0
            $0.additionalTaskHubs = [
                SimulatedHost.TaskHubSpec(name: "Other", instances: 200, seed: 2),
                SimulatedHost.TaskHubSpec(name: "Twin", instances: 200, seed: 1),
                SimulatedHost.TaskHubSpec(name: "Empty"),
            ]
        }) { _, client in
            let main = try await ids(client)
            let other = try await ids(client, "taskHub=Other")
            #expect(main.count >= 200)
            #expect(other.count >= 200)
            #expect(main != other)
            let guids = Set(main.filter { $0.count == 32 })
            #expect(guids.count >= 20)
            #expect(guids.isDisjoint(with: other))
            #expect(try await ids(client, "taskHub=Twin") == main)
            #expect(try await ids(client, "taskHub=Empty") == [])
        }
    }

    @Test("Management and entity routes act on the named hub only, the same instance id in two hubs included")
    func routesPerHub() async throws {
        try await withHost({ $0.additionalTaskHubs = [SimulatedHost.TaskHubSpec(name: "B")] }) { host, client in
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/same")
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/same?taskHub=B")
            #expect(try await client.api("POST", "instances/same/terminate?reason=b&taskHub=B").status == 202)
            #expect(try await client.api("POST", "instances/same/suspend").status == 202)
            #expect(try await client.api("GET", "instances/same?taskHub=B").json?["runtimeStatus"] == "Terminated")
            #expect(try await client.api("GET", "instances/same").json?["runtimeStatus"] == "Suspended")
            #expect(try await client.api("POST", "instances/same/resume?taskHub=B").status == 410)
            #expect(
                try await client.api("POST", "instances/same/raiseEvent/ApprovalEvent?taskHub=B", body: "1").status
                    == 410
            )
            #expect(try await client.api("DELETE", "instances/same?taskHub=B").json == ["instancesDeleted": 1])
            #expect(try await client.api("GET", "instances/same").json?["runtimeStatus"] == "Suspended")

            #expect(try await client.api("POST", "entities/counter/c?op=add&taskHub=B", body: "5").status == 202)
            await host.advance(by: 1)
            #expect(try await client.api("GET", "entities/counter/c?taskHub=B").body == "5")
            #expect(try await client.api("GET", "entities/counter/c").status == 404)
            #expect(try await client.api("GET", "entities").json == [])
            let listed = try await client.api("GET", "entities?taskHub=B")
            #expect(listed.json?[0]?["entityId"] == ["name": "counter", "key": "c"])

            let purged = try await client.api("DELETE", "instances?createdTimeFrom=2000-01-01T00:00:00Z&taskHub=B")
            #expect(purged.json == ["instancesDeleted": 1])
            #expect(try await ids(client, "taskHub=B") == [])
            #expect(try await ids(client) == ["same"])
        }
    }

    @Test("A start in hub B links back to hub B")
    func linksLeadBack() async throws {
        try await withHost({ $0.additionalTaskHubs = [SimulatedHost.TaskHubSpec(name: "HubB")] }) { _, client in
            let start = try await client.api("POST", "orchestrators/ApprovalWorkflow/linked?taskHub=HubB")
            let link = try #require(start.json?["statusQueryGetUri"]?.stringValue)
            #expect(link.hasSuffix("/instances/linked?taskHub=HubB&connection=Storage"))
            let components = try #require(URLComponents(string: link))
            let followed = try await client.send("GET", components.path + "?" + (components.query ?? ""))
            #expect(followed.json?["instanceId"] == "linked")
            let terminate = try #require(start.json?["terminatePostUri"]?.stringValue)
            #expect(terminate.hasSuffix("/instances/linked/terminate?reason={text}&taskHub=HubB&connection=Storage"))
        }
    }

    @Test("Wait-for-completion waits on the named hub's instance")
    func waitInHub() async throws {
        try await withHost({
            $0.additionalTaskHubs = [SimulatedHost.TaskHubSpec(name: "B")]
            $0.manualClock = false
            $0.timeScale = 1000
        }) { _, client in
            let done = try await client.api(
                "POST",
                "orchestrators/HelloSequence/w-b?taskHub=B&timeout=5&pollingInterval=0.05"
            )
            #expect(done.status == 200)
            #expect(done.json == ["Hello Tokyo!", "Hello Seattle!", "Hello London!"])
            #expect(try await client.api("GET", "instances/w-b").status == 404)
        }
    }

    @Test("A fault rule with taskHub fails and counts down only in that hub; the default hub matches its name")
    func faultPerHub() async throws {
        try await withHost({ $0.additionalTaskHubs = [SimulatedHost.TaskHubSpec(name: "B")] }) { host, client in
            let set = try await client.send(
                "POST",
                "/_sim/faults",
                body: "{\"faults\":[{\"kind\":\"tooManyRequests\",\"next\":1,\"taskHub\":\"B\"}]}"
            )
            #expect(set.json?["faults"]?[0]?["taskHub"] == "B")
            #expect(try await client.api("GET", "instances").status == 200)
            #expect(try await client.api("GET", "instances?taskHub=Nope").status == 404)
            #expect(try await client.api("GET", "instances?taskHub=b").status == 429)
            #expect(try await client.api("GET", "instances?taskHub=B").status == 200)
            await host.setFaults([FaultRule(kind: .serverError, taskHub: "TESTHUBNAME")])
            #expect(try await client.api("GET", "instances").status == 500)
            #expect(try await client.api("GET", "instances?taskHub=B").status == 200)
            let old = try await client.send("POST", "/_sim/faults", body: "{\"faults\":[{\"kind\":\"serverError\"}]}")
            #expect(old.json?["faults"]?[0]?["taskHub"] == .null)
            #expect(try await client.api("GET", "instances?taskHub=B").status == 500)
            #expect(try await client.api("GET", "instances").status == 500)
        }
    }

    @Test("A latency rule with taskHub slows only that hub: the other hub answers while it waits")
    func latencyPerHub() async throws {
        try await withHost({ $0.additionalTaskHubs = [SimulatedHost.TaskHubSpec(name: "Slow")] }) { _, client in
            _ = try await client.send(
                "POST",
                "/_sim/faults",
                body: "{\"faults\":[{\"kind\":\"latency\",\"latencyMilliseconds\":8000,\"taskHub\":\"Slow\"}]}"
            )
            let clock = ContinuousClock()
            let started = clock.now
            let slow = Task {
                let status = try await client.api("GET", "instances?taskHub=Slow").status
                return (status, clock.now)
            }
            #expect(try await client.api("GET", "instances").status == 200)
            let fastAnswered = clock.now
            let (slowStatus, slowAnswered) = try await slow.value
            #expect(slowStatus == 200)
            #expect(slowAnswered - started >= .milliseconds(8000))
            #expect(fastAnswered - started < .milliseconds(8000))
            #expect(fastAnswered < slowAnswered)
        }
    }
}
