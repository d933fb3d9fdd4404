import Foundation
import ScreenKit
import Synchronization

/// Several task hubs at once, k9s-context style: the fleet overview, and one hub's dashboard in front at a time.
///
/// Each hub is a whole ``DashboardApp`` with its own poller, state (filter, sort, window, marks), key and
/// read-only mark, kept while another is in front. The hub in front is refreshed every refresh interval, the
/// others every ``DashboardApp/backgroundInterval``; on the overview every hub is refreshed as if in front. A
/// hub's slow or failing host holds up only its own poller: the overview reads each hub's row under that hub's
/// lock for a moment, never waiting for the network. The threading contract is ``DashboardApp``'s.
public final class FleetApp: Sendable {
    private let hubs: [String: DashboardApp]
    private let overview: Mutex<DashboardState>
    private let front = Mutex<String?>(nil)
    private let clock: @Sendable () -> Date

    /// Creates the fleet.
    ///
    /// - Parameters:
    ///   - hubs: One app per hub, each with its ``DashboardOptions/hubName`` set (names are unique).
    ///   - options: The overview's options: theme, ASCII, refresh interval, and the fleet's names.
    ///   - now: The clock.
    public init(hubs: [DashboardApp], options: DashboardOptions, now: @escaping @Sendable () -> Date = { Date() }) {
        var byName: [String: DashboardApp] = [:]
        for hub in hubs {
            byName[hub.hubName] = hub
        }
        self.hubs = byName
        self.overview = Mutex(DashboardState.fleetOverview(options: options))
        self.clock = now
    }

    /// Starts every hub's polling, with the overview in front.
    public func start() {
        for hub in hubs.values {
            hub.start()
        }
    }

    /// Stops every hub's polling.
    public func stop() {
        for hub in hubs.values {
            hub.stop()
        }
    }

    /// Stops every hub's polling and waits until each has ended (see ``DashboardApp/shutDown()``).
    public func shutDown() async {
        for hub in hubs.values {
            await hub.shutDown()
        }
    }

    /// The hub in front, or `nil` while the overview is shown.
    public var hubInFront: String? {
        front.withLock { $0 }
    }

    /// Brings a hub in front by name (`nil` shows the overview); an unknown name changes nothing.
    public func bring(_ name: String?) {
        if let name, hubs[name] == nil {
            return
        }
        front.withLock { $0 = name }
        for (hubName, hub) in hubs {
            hub.setInFront(name == nil || hubName == name)
        }
    }

    /// Handles a key or a resize: the hub in front takes keys, else the overview. Fast; the terminal's thread.
    public func handle(_ event: InputEvent) {
        if case .resize(let columns, let rows) = event {
            overview.withLock { $0.resize(GridSize(columns: columns, rows: rows)) }
            for hub in hubs.values {
                hub.handle(event)
            }
            return
        }
        guard case .key(let key) = event else {
            return
        }
        if let name = hubInFront, let hub = hubs[name] {
            hub.handle(event)
            if let request = hub.takeFleetRequest() {
                go(request)
            }
            return
        }
        let now = clock()
        let effects = overview.withLock { $0.handle(key, now: now) }
        for effect in effects {
            switch effect {
            case .fleet(let request):
                go(request)
            case .refreshNow:
                for hub in hubs.values {
                    hub.refreshNow()
                }
            case .action, .export, .copy:
                break
            }
        }
    }

    /// Renders the hub in front, or the overview with every hub's row as it is now.
    public func render(size: GridSize) -> Grid {
        if let name = hubInFront, let hub = hubs[name] {
            return hub.render(size: size)
        }
        let rows = hubs.values.map { $0.fleetRow() }
        let now = clock()
        return overview.withLock { state in
            if state.screenSize != size {
                state.resize(size)
            }
            state.showFleet(rows)
            return Renderer.render(state, size: size, now: now)
        }
    }

    /// Whether the user asked to quit (`:q` anywhere, Ctrl-C, `q` on the overview).
    public var wantsQuit: Bool {
        overview.withLock { $0.wantsQuit } || hubs.values.contains { $0.wantsQuit }
    }

    /// The text the hub in front asked to copy since the last call.
    public func takeClipboardText() -> String? {
        hubInFront.flatMap { hubs[$0]?.takeClipboardText() }
    }

    /// The theme to paint with.
    public var theme: Theme {
        overview.withLock { $0.options.theme }
    }

    /// Whether only ASCII may be drawn.
    public var asciiOnly: Bool {
        overview.withLock { $0.options.asciiOnly }
    }

    /// A copy of the overview's state (for tests).
    public var overviewSnapshot: DashboardState {
        overview.withLock { $0 }
    }

    /// Goes where a key asked: the overview, or a hub of the fleet.
    private func go(_ request: FleetRequest) {
        switch request {
        case .overview:
            bring(nil)
        case .hub(let name):
            bring(name)
        }
    }
}
