import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Entities and purge")
struct EntityAndPurgeTests {
    @Test("counter add 5 then add 2 (Python's double-encoded bodies) reads back 7; entities show as instances")
    func counter() async throws {
        try await withHost { _, client in
            #expect(try await client.api("POST", "entities/Counter/cats?op=add", body: "\"5\"").status == 202)
            #expect(try await client.api("POST", "entities/counter/cats?op=add", body: "2").status == 202)
            let state = try await client.api("GET", "entities/counter/cats")
            #expect(state.status == 200)
            #expect(state.body == "7")
            let instance = try await client.api("GET", "instances/@counter@cats")
            #expect(instance.json?["name"] == "counter")
            #expect(instance.json?["runtimeStatus"] == "Running")
            #expect(instance.json?["customStatus"] == ["entityExists": true])
            let list = try await client.api("GET", "entities?fetchState=true")
            #expect(list.json?[0]?["entityId"] == ["name": "counter", "key": "cats"])
            #expect(list.json?[0]?["state"] == 7)
            #expect(try await client.api("DELETE", "entities/counter/cats").status == 202)
            #expect(try await client.api("GET", "entities/counter/cats").status == 404)
        }
    }

    @Test("cart keeps items; an unknown entity gets the 400 short form")
    func cartAndUnknown() async throws {
        try await withHost({ $0.entitiesInInstanceList = false }) { _, client in
            _ = try await client.api("POST", "entities/cart/u1?op=add", body: "\"apple\"")
            _ = try await client.api(
                "POST",
                "entities/cart/u1?op=add",
                body: "pear",
                headers: ["Content-Type": "text/plain"]
            )
            _ = try await client.api("POST", "entities/cart/u1?op=remove", body: "\"apple\"")
            #expect(try await client.api("GET", "entities/cart/u1").json == ["pear"])
            #expect(try await client.api("GET", "instances").json == [])
            let unknown = try await client.api("POST", "entities/nope/k?op=add")
            #expect(unknown.status == 400)
            #expect(unknown.json?["Message"]?.stringValue?.hasPrefix("The function 'nope' doesn't exist") == true)
        }
    }

    @Test("Purge: one instance, by filter, the bare-string 400 and 404 when nothing was deleted")
    func purge() async throws {
        try await withHost { host, client in
            _ = try await client.api("POST", "orchestrators/HelloSequence/pg-1")
            _ = try await client.api("POST", "orchestrators/HelloSequence/pg-2")
            await host.advance(by: 30)
            let one = try await client.api("DELETE", "instances/pg-1")
            #expect(one.json == ["instancesDeleted": 1])
            #expect(try await client.api("DELETE", "instances/pg-1").status == 404)
            let missing = try await client.api("DELETE", "instances")
            #expect(missing.status == 400)
            #expect(missing.body == "\"Please provide value for 'createdTimeFrom' parameter.\"")
            let none = try await client.api(
                "DELETE",
                "instances?createdTimeFrom=2000-01-01T00:00:00Z&runtimeStatus=Failed"
            )
            #expect(none.status == 404)
            let all = try await client.api("DELETE", "instances/?createdTimeFrom=2000-01-01T00:00:00Z")
            #expect(all.json == ["instancesDeleted": 1])
        }
    }

    @Test("Restart runs the same orchestrator with the same input under a new ID by default")
    func restart() async throws {
        try await withHost { host, client in
            _ = try await client.api("POST", "orchestrators/HelloSequence/rs-1", body: "[\"Kyiv\"]")
            await host.advance(by: 30)
            let restarted = try await client.api("POST", "instances/rs-1/restart")
            #expect(restarted.status == 202)
            let newId = try #require(restarted.json?["id"]?.stringValue)
            #expect(newId != "rs-1" && newId.count == 32)
            #expect(try await client.api("GET", "instances/\(newId)").json?["input"] == ["Kyiv"])
            let same = try await client.api("POST", "instances/rs-1/restart?restartWithNewInstanceId=false")
            #expect(same.json?["id"] == "rs-1")
            #expect(try await client.api("POST", "instances/none/restart").status == 400)
        }
    }
}
