import ConfigFiles
import Testing

@testable import HubKit

@Suite("Connections file: task hubs")
struct TaskHubsTests {
    /// A `[connections.prod]` entry with `lines` after its url.
    static func entry(_ lines: String) -> String {
        "[connections.prod]\nurl = \"https://myapp.azurewebsites.net\"\n" + lines + "\n"
    }

    @Test("task-hubs names every task hub, in the order written; task-hub names one")
    func goodEntries() throws {
        let many = try ConnectionsFileTests.parse(Self.entry("task-hubs = [\"OrdersHub\", \"BillingHub\"]"))
        #expect(try many.connection(named: "prod").taskHubs == ["OrdersHub", "BillingHub"])
        let one = try ConnectionsFileTests.parse(Self.entry("task-hub = \"OrdersHub\""))
        #expect(try one.connection(named: "prod").taskHubs == ["OrdersHub"])
        let none = try ConnectionsFileTests.parse(Self.entry(""))
        #expect(try none.connection(named: "prod").taskHubs.isEmpty)
    }

    @Test(
        "a bad task-hubs names the file, the line and the key",
        arguments: [
            ("task-hubs = []", "must be an array"),
            ("task-hubs = [\"OrdersHub\", 7]", "must be an array"),
            ("task-hubs = [\"OrdersHub\", \"\"]", "must be an array"),
            ("task-hubs = \"OrdersHub\"", "must be an array"),
            ("task-hubs = [\"OrdersHub\", \"ordershub\"]", "names \"ordershub\" twice"),
        ]
    )
    func badTaskHubs(line: String, message: String) {
        let error = ConnectionsFileTests.failure(Self.entry(line))
        #expect(error?.file == "/etc/dt/connections.toml")
        #expect(error?.line == 3)
        #expect(error?.key == "connections.prod.task-hubs")
        #expect(error?.message.contains(message) == true)
    }

    @Test("task-hub and task-hubs together are refused at task-hubs")
    func bothKeys() {
        let error = ConnectionsFileTests.failure(Self.entry("task-hub = \"A\"\ntask-hubs = [\"B\"]"))
        #expect(error?.line == 4)
        #expect(error?.key == "connections.prod.task-hubs")
        #expect(error?.message == "give task-hub or task-hubs, not both")
    }
}
