import Testing

@testable import DurableAPI

@Suite struct EndpointDiscoveryTests {
    @Test func appRootAssumesV2BasePath() throws {
        for input in [
            "https://myapp.azurewebsites.net", "https://myapp.azurewebsites.net/",
            "  https://myapp.azurewebsites.net\n",
        ] {
            let endpoint = try DurableEndpoint.discover(from: input)
            #expect(endpoint.baseURL == "https://myapp.azurewebsites.net/runtime/webhooks/durabletask")
            #expect(endpoint.origin == "https://myapp.azurewebsites.net")
            #expect(endpoint.flavour == .v2)
            #expect(endpoint.taskHub == nil)
            #expect(endpoint.connection == nil)
            #expect(endpoint.key == nil)
        }
    }

    @Test func webhookBaseAnyCaseAndTrailingSlash() throws {
        let endpoint = try DurableEndpoint.discover(from: "http://localhost:7071/runtime/webhooks/durableTask/")
        #expect(endpoint.baseURL == "http://localhost:7071/runtime/webhooks/durableTask")
        #expect(endpoint.origin == "http://localhost:7071")
        #expect(endpoint.flavour == .v2)
    }

    @Test func v1WebhookBase() throws {
        let endpoint = try DurableEndpoint.discover(
            from: "https://old.azurewebsites.net/admin/extensions/DurableTaskExtension/instances?code=K1"
        )
        #expect(endpoint.baseURL == "https://old.azurewebsites.net/admin/extensions/DurableTaskExtension")
        #expect(endpoint.flavour == .v1)
        #expect(endpoint.key?.value == "K1")
    }

    @Test func statusQueryGetUriGivesHubConnectionAndKey() throws {
        let endpoint = try DurableEndpoint.discover(
            from: "https://myapp.azurewebsites.net/runtime/webhooks/durabletask/instances/ord-20240501-0042"
                + "?taskHub=OrdersHub&connection=Storage&code=SYS%2Fk+y=="
        )
        #expect(endpoint.baseURL == "https://myapp.azurewebsites.net/runtime/webhooks/durabletask")
        #expect(endpoint.taskHub == "OrdersHub")
        #expect(endpoint.connection == "Storage")
        #expect(endpoint.key?.value == "SYS/k+y==")
    }

    @Test func pathPrefixInFrontOfWebhookIsKept() throws {
        let endpoint = try DurableEndpoint.discover(
            from: "https://gw.example.com/fn/runtime/webhooks/durabletask/instances/x/raiseEvent/{eventName}"
        )
        #expect(endpoint.baseURL == "https://gw.example.com/fn/runtime/webhooks/durabletask")
        #expect(endpoint.origin == "https://gw.example.com/fn")
    }

    @Test func explicitKeyWinsOverCodeInURL() throws {
        let endpoint = try DurableEndpoint.discover(
            from: "https://a.net/runtime/webhooks/durabletask?code=FROMURL",
            key: HostKey("FROMFILE\n")
        )
        #expect(endpoint.key?.value == "FROMFILE")
    }

    @Test func junkInputIsRejectedWithClearErrors() {
        #expect(throws: EndpointDiscoveryError.empty) { try DurableEndpoint.discover(from: "  ") }
        #expect(throws: EndpointDiscoveryError.notAURL("myapp.azurewebsites.net")) {
            try DurableEndpoint.discover(from: "myapp.azurewebsites.net")
        }
        #expect(throws: EndpointDiscoveryError.notAURL("ftp://x/runtime/webhooks/durabletask")) {
            try DurableEndpoint.discover(from: "ftp://x/runtime/webhooks/durabletask")
        }
        #expect(throws: EndpointDiscoveryError.notADurableURL("https://myapp.net/api/orders?code=K")) {
            try DurableEndpoint.discover(from: "https://myapp.net/api/orders?code=K")
        }
        #expect(throws: EndpointDiscoveryError.notADurableURL("https://x/runtime/webhooks/durabletaskfoo")) {
            try DurableEndpoint.discover(from: "https://x/runtime/webhooks/durabletaskfoo")
        }
    }

    @Test func discoveryErrorsAreRedactedAndSayWhatIsExpected() {
        let error = EndpointDiscoveryError.notADurableURL("https://myapp.net/api/orders?code=SECRET")
        #expect(!error.description.contains("SECRET"))
        #expect(error.description.contains("statusQueryGetUri"))
    }

    @Test func descriptionNeverShowsTheKey() throws {
        let endpoint = try DurableEndpoint.discover(
            from: "https://a.net/runtime/webhooks/durabletask/instances/x?taskHub=H&connection=C&code=TOPSECRET"
        )
        #expect(endpoint.description == "https://a.net/runtime/webhooks/durabletask (taskHub H, connection C, key set)")
        #expect(!String(reflecting: endpoint).contains("TOPSECRET"))
        #expect(!"\(endpoint.key!)".contains("TOPSECRET"))
    }
}
