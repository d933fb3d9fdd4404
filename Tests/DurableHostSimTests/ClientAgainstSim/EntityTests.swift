import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Client against sim: entities")
struct EntityTests {
    @Test("Signal counter add 5 then add 2 reads back 7; reset reads 0; delete removes it")
    func counter() async throws {
        try await withClientAgainstSim { sim in
            let counter = EntityID(name: "counter", key: "en-cats")
            #expect(try await sim.client.entityState(counter) == nil)
            try await sim.client.signal(counter, operation: "add", input: 5)
            try await sim.client.signal(counter, operation: "add", input: 2)
            await sim.host.advance(by: 5)
            #expect(try await sim.client.entityState(counter)?.intValue == 7)

            try await sim.client.signal(counter, operation: "reset")
            await sim.host.advance(by: 5)
            #expect(try await sim.client.entityState(counter)?.intValue == 0)

            try await sim.client.signal(counter, operation: "delete")
            await sim.host.advance(by: 5)
            #expect(try await sim.client.entityState(counter) == nil)

            let signals = await sim.recorder.exchanges.filter { $0.request.method == .post }
            #expect(signals.count == 4)
            #expect(signals.allSatisfy { $0.response?.status == 202 })
            #expect(signals[0].request.url.hasSuffix("/entities/counter/en-cats?op=add"))
            #expect(signals[0].request.body == Data("5".utf8))
            #expect(signals[2].request.body.isEmpty)
        }
    }

    @Test("Entity names are case-insensitive, keys are case-sensitive")
    func nameCase() async throws {
        try await withClientAgainstSim { sim in
            try await sim.client.signal(EntityID(name: "Counter", key: "Mixed"), operation: "add", input: 4)
            await sim.host.advance(by: 5)
            #expect(try await sim.client.entityState(EntityID(name: "counter", key: "Mixed"))?.intValue == 4)
            #expect(try await sim.client.entityState(EntityID(name: "counter", key: "mixed")) == nil)
        }
    }

    @Test("Listing entities pages through every entity, with state only when fetchState is set")
    func listing() async throws {
        try await withClientAgainstSim { sim in
            let keys = ["en-a", "en-b", "en-c", "en-d", "en-e"]
            for (offset, key) in keys.enumerated() {
                try await sim.client.signal(
                    EntityID(name: "counter", key: key),
                    operation: "add",
                    input: .number(JSONNumber(offset + 1))
                )
            }
            try await sim.client.signal(EntityID(name: "cart", key: "en-basket"), operation: "add", input: "apple")
            await sim.host.advance(by: 5)

            var pages: [[EntityStatus]] = []
            for try await page in sim.client.entities(EntityQuery(entityName: "counter", fetchState: true, pageSize: 2))
            {
                pages.append(page)
            }
            #expect(pages.map(\.count) == [2, 2, 1])
            let listed = pages.flatMap { $0 }
            #expect(listed.map(\.entityId.key) == keys)
            #expect(listed.allSatisfy { $0.entityId.name == "counter" })
            #expect(listed.map { $0.state.intValue } == [1, 2, 3, 4, 5])
            #expect(await sim.recorder.exchanges.last?.response?.headers["x-ms-continuation-token"] == "")

            var everything: [EntityStatus] = []
            for try await page in sim.client.entities(EntityQuery()) {
                everything += page
            }
            #expect(everything.count == keys.count + 1)
            #expect(everything.allSatisfy { $0.state == .null })
            let cart = try #require(everything.first { $0.entityId.name == "cart" })
            #expect(cart.entityId.key == "en-basket")

            let baskets = try await sim.client.entityState(EntityID(name: "cart", key: "en-basket"))
            #expect(baskets == ["apple"])
        }
    }

    @Test("The last-operation window selects entities by time")
    func lastOperationWindow() async throws {
        try await withClientAgainstSim { sim in
            try await sim.client.signal(EntityID(name: "counter", key: "en-early"), operation: "add", input: 1)
            await sim.host.advance(by: 3600)
            let later = await sim.host.now
            try await sim.client.signal(EntityID(name: "counter", key: "en-late"), operation: "add", input: 1)
            await sim.host.advance(by: 5)
            var keys: [String] = []
            for try await page in sim.client.entities(EntityQuery(lastOperationFrom: later.addingTimeInterval(-1))) {
                keys += page.map(\.entityId.key)
            }
            #expect(keys == ["en-late"])
        }
    }
}
