import Testing

@testable import DurableAPI

/// Request building for the entity endpoints (§5.12–§5.14).
@Suite struct EntityRequestTests {
    private let base = TestEndpoint.base
    private let scope = TestEndpoint.scope

    @Test func signalWithOperationAndInput() async throws {
        let transport = ScriptedTransport(always: Reply.empty(202), count: 3)
        let client = TestEndpoint.client(transport)
        try await client.signal(EntityID(name: "counter", key: "cats & dogs/1"), operation: "add", input: 5)
        try await client.signal(EntityID(name: "counter", key: "cats"), operation: "reset")
        try await client.signal(EntityID(name: "counter", key: ""), operation: "reset")
        #expect(
            transport.urls == [
                "\(base)/entities/counter/cats%20%26%20dogs%2F1?op=add&\(scope)",
                "\(base)/entities/counter/cats?op=reset&\(scope)",
                "\(base)/entities/counter?op=reset&\(scope)",
            ]
        )
        let first = try #require(transport.requests.first)
        #expect(String(decoding: first.body, as: UTF8.self) == "5")
        #expect(first.headers["Content-Type"] == "application/json")
        #expect(transport.requests[1].body.isEmpty)
        #expect(transport.requests[1].headers["Content-Type"] == nil)
    }

    @Test func getEntityStateEncodesKeyAndUsesDollarForEmptyKey() async throws {
        let transport = ScriptedTransport([Reply.json(200, "{\"value\":9}"), Reply.empty(404)])
        let client = TestEndpoint.client(transport)
        #expect(try await client.entityState(EntityID(name: "counter", key: "é@x")) == ["value": 9])
        #expect(try await client.entityState(EntityID(name: "counter", key: "")) == nil)
        #expect(
            transport.urls == [
                "\(base)/entities/counter/%C3%A9@x?\(scope)",
                "\(base)/entities/counter/%24?\(scope)",
            ]
        )
    }

    @Test func listEntitiesWithEveryFilter() async throws {
        let page = """
            [{"entityId":{"name":"counter","key":"cats"},"lastOperationTime":"2024-05-01T09:12:44.6326361Z",\
            "state":{"value":9}}]
            """
        let transport = ScriptedTransport([Reply.json(200, page, headers: [("x-ms-continuation-token", "")])])
        let query = EntityQuery(
            entityName: "counter",
            lastOperationFrom: DurableDate.parse("2024-05-01T00:00:00Z"),
            lastOperationTo: DurableDate.parse("2024-05-01T12:00:00Z"),
            fetchState: true,
            pageSize: 10
        )
        var entities: [EntityStatus] = []
        for try await items in TestEndpoint.client(transport).entities(query) {
            entities += items
        }
        #expect(
            transport.urls == [
                "\(base)/entities/counter?lastOperationTimeFrom=2024-05-01T00:00:00Z"
                    + "&lastOperationTimeTo=2024-05-01T12:00:00Z&fetchState=true&top=10&\(scope)"
            ]
        )
        #expect(entities.map(\.entityId) == [EntityID(name: "counter", key: "cats")])
        #expect(entities.first?.state == ["value": 9])
    }

    @Test func listAllEntitiesWithDefaults() async throws {
        let transport = ScriptedTransport([Reply.json(200, "[]")])
        for try await _ in TestEndpoint.client(transport).entities() {}
        #expect(transport.urls == ["\(base)/entities?\(scope)"])
    }
}
