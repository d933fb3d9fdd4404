import Testing

@testable import DurableAPI

/// The instance a pasted link names.
@Suite struct InstanceLinkTests {
    @Test func aStatusQueryGetUriNamesItsInstanceAndKey() throws {
        let link = try InstanceLink(
            "https://myapp.azurewebsites.net/runtime/webhooks/durabletask/instances/ord%2F42?taskHub=H&code=K"
        )
        #expect(link.instanceID == "ord/42")
        #expect(link.endpoint.taskHub == "H")
        #expect(link.endpoint.key?.value == "K")
    }

    @Test func anyUriOfThePayloadNamesTheInstance() throws {
        let base = "https://myapp.azurewebsites.net/runtime/webhooks/durabletask/instances/ord-1"
        for suffix in ["", "/terminate?reason={text}", "/raiseEvent/{eventName}", "/restart"] {
            #expect(try InstanceLink(base + suffix).instanceID == "ord-1", "\(suffix)")
        }
    }

    @Test func aWholePayloadNamesItsId() throws {
        let link = try InstanceLink(CheckStatusDiscoveryTests.example)
        #expect(link.instanceID == "ord-20240501-0042")
        #expect(link.endpoint.key?.value == "SYSKEY")
    }

    @Test func aHostOrHubLinkNamesNoInstance() throws {
        #expect(try InstanceLink("https://myapp.azurewebsites.net").instanceID == nil)
        #expect(try InstanceLink("https://myapp.azurewebsites.net/runtime/webhooks/durabletask/").instanceID == nil)
        #expect(
            try InstanceLink("https://myapp.azurewebsites.net/runtime/webhooks/durabletask/instances").instanceID == nil
        )
    }
}
