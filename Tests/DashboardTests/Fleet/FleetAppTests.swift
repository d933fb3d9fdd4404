import Dashboard
import DurableAPI
import Foundation
import HubKit
import ScreenKit
import Testing

@Suite("The fleet app: one hub in front at a time, each keeping its own state")
struct FleetAppTests {
    static let size = GridSize(columns: 80, rows: 24)

    static func hub(_ name: String, _ source: FakeSource, fleet: [String]) -> DashboardApp {
        DashboardApp(
            source: source,
            options: DashboardOptions(endpointHost: "host-\(name)", hubName: name, fleet: fleet),
            now: { fixedNow },
            onRedraw: {}
        )
    }

    static func keys(_ text: String, _ app: FleetApp) {
        for character in text {
            app.handle(.key(.character(character)))
        }
    }

    /// Renders until `text` shows (the pollers deliver on background tasks).
    static func waitFor(_ text: String, _ app: FleetApp) async throws -> String {
        var screen = ""
        for _ in 0..<300 where !screen.contains(text) {
            try await Task.sleep(for: .milliseconds(10))
            screen = app.render(size: size).text
        }
        return screen
    }

    @Test("a dead hub shows in words and sorts first; Enter dives, :hubs comes back, each hub keeps its filter")
    func diveAndReturn() async throws {
        let fleet = ["dead", "orders"]
        let dead = FakeSource()
        dead.contents.withLock { $0.failure = .transport(.connectionFailed("connection refused")) }
        let orders = FakeSource([instance("order-1"), instance("order-2", status: .failed, updatedSeconds: 60)])
        let app = FleetApp(
            hubs: [Self.hub("orders", orders, fleet: fleet), Self.hub("dead", dead, fleet: fleet)],
            options: DashboardOptions(endpointHost: "fleet", fleet: fleet),
            now: { fixedNow }
        )
        app.start()
        defer { app.stop() }
        let overview = try await Self.waitFor("unreachable", app)
        #expect(overview.contains("unreachable"))
        #expect(app.overviewSnapshot.hubList.visible.first == "dead")
        app.handle(.key(.down))
        app.handle(.key(.enter))
        #expect(app.hubInFront == "orders")
        let inside = try await Self.waitFor("order-1", app)
        #expect(inside.hasPrefix("orders  host-orders"))
        Self.keys("/order-2", app)
        app.handle(.key(.enter))
        #expect(!app.render(size: Self.size).text.contains("order-1"))
        Self.keys(":hubs", app)
        app.handle(.key(.enter))
        #expect(app.hubInFront == nil)
        Self.keys(":hub ord", app)
        app.handle(.key(.enter))
        #expect(app.hubInFront == "orders")
        let back = app.render(size: Self.size).text
        #expect(back.contains("order-2") && !back.contains("order-1"))
        app.handle(.key(.escape))
        app.handle(.key(.escape))
        #expect(app.hubInFront == nil)
        #expect(!app.wantsQuit)
        app.handle(.key(.character("q")))
        #expect(app.wantsQuit)
    }
}
