import ConfigFiles
import Testing

@testable import HubKit

@Suite("Fleet hubs")
struct FleetHubTests {
    /// `prod` with two task hubs, `staging` with one, `local` with none.
    static let file = ConnectionsFile(
        file: "/etc/dt/connections.toml",
        connections: [
            Connection(name: "prod", url: "https://prod", taskHubs: ["OrdersHub", "BillingHub"]),
            Connection(name: "staging", url: "https://staging", taskHubs: ["OrdersHub"]),
            Connection(name: "local", url: "http://127.0.0.1:7071"),
        ]
    )

    /// The connections file error `body` throws, or `nil`.
    static func failure(_ body: () throws -> Void) -> ConfigFileError? {
        do {
            try body()
            return nil
        } catch {
            return error as? ConfigFileError
        }
    }

    @Test("a hub is named after its connection, with /TaskHub only when the connection names several")
    func names() {
        #expect(Self.file.hubs.map(\.name) == ["local", "prod/OrdersHub", "prod/BillingHub", "staging"])
        #expect(Self.file.hubs.map(\.taskHub) == [nil, "OrdersHub", "BillingHub", "OrdersHub"])
    }

    @Test("a connection's name selects all its hubs; NAME/TaskHub one, in any letter case")
    func hubsNamed() throws {
        #expect(try Self.file.hubs(named: "prod").map(\.name) == ["prod/OrdersHub", "prod/BillingHub"])
        #expect(try Self.file.hubs(named: "prod/ordershub").map(\.taskHub) == ["OrdersHub"])
        #expect(try Self.file.hubs(named: "staging/ORDERSHUB").map(\.name) == ["staging"])
        #expect(try Self.file.hubs(named: "local").map(\.taskHub) == [nil])
    }

    @Test("an unknown task hub or connection is refused with the choices")
    func unknownNames() {
        let taskHub = Self.failure { _ = try Self.file.hubs(named: "prod/ShippingHub") }
        #expect(taskHub?.file == "/etc/dt/connections.toml")
        #expect(taskHub?.message.contains("task hubs: OrdersHub, BillingHub") == true)
        let none = Self.failure { _ = try Self.file.hubs(named: "local/OrdersHub") }
        #expect(none?.message.contains("it names none") == true)
        let connection = Self.failure { _ = try Self.file.hubs(named: "qa/OrdersHub") }
        #expect(connection?.message.contains("known: local, prod, staging") == true)
    }

    @Test("a single-hub command takes one hub, and refuses a name with several, listing them")
    func hubNamed() throws {
        #expect(try Self.file.hub(named: "prod/BillingHub").taskHub == "BillingHub")
        #expect(try Self.file.hub(named: "staging").taskHub == "OrdersHub")
        let several = Self.failure { _ = try Self.file.hub(named: "prod") }
        #expect(several?.message == "\"prod\" has several task hubs; name one: prod/OrdersHub, prod/BillingHub")
    }
}
