import Testing

@testable import DurableAPI

/// The key goes in `x-functions-key` only and never shows up in URLs, descriptions or errors (§2).
@Suite struct KeyHandlingTests {
    @Test func keyIsInTheHeaderOfEveryRequestAndNeverInTheURL() async throws {
        let transport = ScriptedTransport(always: Reply.empty(202), count: 4)
        let client = TestEndpoint.client(transport)
        try await client.perform(.terminate, on: "x")
        try await client.raiseEvent("e", to: "x")
        try await client.signal(EntityID(name: "c", key: "k"), operation: "op")
        _ = try? await client.status(of: "x")
        #expect(transport.requests.count == 4)
        for request in transport.requests {
            #expect(request.headers.values(for: "x-functions-key") == [TestEndpoint.key])
            #expect(!request.url.contains("code="))
            #expect(!request.url.contains("SYS"))
        }
    }

    @Test func keyFromAPastedURLGoesToTheHeaderNotTheURL() async throws {
        let endpoint = try DurableEndpoint.discover(
            from: "https://a.net/runtime/webhooks/durabletask/instances/x?taskHub=H&code=PASTED%2BKEY"
        )
        let transport = ScriptedTransport([Reply.empty(202)])
        try await DurableClient(endpoint: endpoint, transport: transport).perform(.suspend, on: "x")
        #expect(transport.urls == ["https://a.net/runtime/webhooks/durabletask/instances/x/suspend?taskHub=H"])
        #expect(transport.requests.first?.headers["x-functions-key"] == "PASTED+KEY")
    }

    @Test func errorsNeverShowTheKey() async throws {
        let echoKey = "{\"Message\":\"bad key \(TestEndpoint.key) in https://h/x?code=\(TestEndpoint.key)\"}"
        do {
            try await TestEndpoint.client(ScriptedTransport([Reply.json(400, echoKey)])).perform(.terminate, on: "x")
            Issue.record("expected a host error")
        } catch {
            #expect(!error.description.contains(TestEndpoint.key))
            #expect(!error.description.contains("SYS"))
            #expect(error.description.contains("code=***"))
        }
        let transportError = DurableAPIError.transport(.other(code: 7, message: "GET https://h/?code=SECRETKEY failed"))
        #expect(!transportError.description.contains("SECRETKEY"))
    }

    @Test func descriptionsNeverShowTheKey() {
        #expect(!TestEndpoint.endpoint.description.contains("SYS"))
        #expect(!String(reflecting: TestEndpoint.endpoint).contains("SYS"))
        #expect(!String(describing: TestEndpoint.endpoint.key!).contains("SYS"))
    }
}
