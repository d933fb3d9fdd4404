import Testing

@testable import DurableAPI

/// Discovery from a whole pasted check-status payload (§4.3, §7).
@Suite struct CheckStatusDiscoveryTests {
    /// The §4.3 example, verbatim.
    static let example = """
        {
          "id": "ord-20240501-0042",
          "statusQueryGetUri": "https://myapp.azurewebsites.net/runtime/webhooks/durabletask/instances/ord-20240501-0042?taskHub=OrdersHub&connection=Storage&code=SYSKEY",
          "sendEventPostUri": "https://myapp.azurewebsites.net/runtime/webhooks/durabletask/instances/ord-20240501-0042/raiseEvent/{eventName}?taskHub=OrdersHub&connection=Storage&code=SYSKEY",
          "terminatePostUri": "https://myapp.azurewebsites.net/runtime/webhooks/durabletask/instances/ord-20240501-0042/terminate?reason={text}&taskHub=OrdersHub&connection=Storage&code=SYSKEY",
          "purgeHistoryDeleteUri": "https://myapp.azurewebsites.net/runtime/webhooks/durabletask/instances/ord-20240501-0042?taskHub=OrdersHub&connection=Storage&code=SYSKEY",
          "restartPostUri": "https://myapp.azurewebsites.net/runtime/webhooks/durabletask/instances/ord-20240501-0042/restart?taskHub=OrdersHub&connection=Storage&code=SYSKEY",
          "suspendPostUri": "https://myapp.azurewebsites.net/runtime/webhooks/durabletask/instances/ord-20240501-0042/suspend?reason={text}&taskHub=OrdersHub&connection=Storage&code=SYSKEY",
          "resumePostUri": "https://myapp.azurewebsites.net/runtime/webhooks/durabletask/instances/ord-20240501-0042/resume?reason={text}&taskHub=OrdersHub&connection=Storage&code=SYSKEY"
        }
        """

    @Test func section43ExampleGivesBaseHubConnectionAndKey() throws {
        let endpoint = try DurableEndpoint.discover(from: "\n" + Self.example)
        #expect(endpoint.baseURL == "https://myapp.azurewebsites.net/runtime/webhooks/durabletask")
        #expect(endpoint.flavour == .v2)
        #expect(endpoint.taskHub == "OrdersHub")
        #expect(endpoint.connection == "Storage")
        #expect(endpoint.key?.value == "SYSKEY")
        #expect(!endpoint.description.contains("SYSKEY"))
    }

    @Test func isolatedWorkerPayloadWithOnlyCode() throws {
        let json = """
            {"id":"abc","purgeHistoryDeleteUri":"http://localhost:7071/runtime/webhooks/durabletask/instances/abc?code=K",\
            "sendEventPostUri":"http://localhost:7071/runtime/webhooks/durabletask/instances/abc/raiseEvent/{eventName}?code=K",\
            "statusQueryGetUri":"http://localhost:7071/runtime/webhooks/durabletask/instances/abc?code=K",\
            "terminatePostUri":"http://localhost:7071/runtime/webhooks/durabletask/instances/abc/terminate?reason={{text}}&code=K"}
            """
        let endpoint = try DurableEndpoint.discover(from: json)
        #expect(endpoint.baseURL == "http://localhost:7071/runtime/webhooks/durabletask")
        #expect(endpoint.taskHub == nil)
        #expect(endpoint.connection == nil)
        #expect(endpoint.key?.value == "K")
    }

    @Test func junkJSONIsRejected() {
        do {
            _ = try DurableEndpoint.discover(from: "{\"id\": 1,")
            Issue.record("expected an error")
        } catch {
            guard case .notACheckStatusPayload(let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(reason.hasPrefix("not JSON"))
        }
        do {
            _ = try DurableEndpoint.discover(from: "{\"id\":\"x\"}")
            Issue.record("expected an error")
        } catch {
            guard case .notACheckStatusPayload(let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(reason.contains("statusQueryGetUri"))
        }
    }

    @Test func payloadWithANonDurableStatusURLIsRejected() {
        let json = """
            {"id":"x","statusQueryGetUri":"https://a.net/api/status?code=K","sendEventPostUri":"",\
            "terminatePostUri":"","purgeHistoryDeleteUri":""}
            """
        #expect(throws: EndpointDiscoveryError.notADurableURL("https://a.net/api/status?code=K")) {
            try DurableEndpoint.discover(from: json)
        }
    }
}
