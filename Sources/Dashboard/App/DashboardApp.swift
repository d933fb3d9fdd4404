import DurableAPI
import Foundation
import HubKit
import ScreenKit
import Synchronization

/// The dashboard application the terminal drives.
///
/// Threading contract:
/// - The terminal's single curses thread calls only ``handle(_:)``, ``render(size:)`` and the read-only
///   properties. Both calls are fast: they take a lock, change or read a value, and return. No network I/O ever
///   runs on the caller's thread, and filtering and sorting the rows the poller delivered, and the triage
///   analyses of each tick, happen on the poller's task outside the lock.
/// - ``start()`` launches the poller on background tasks. Whenever something visible changes (data arrived, the
///   data age ticked over, a flash expired) the app calls the `onRedraw` callback from a background task (the
///   once-a-second clock of the data age leaves out its call after a recent frame, ``ageFrameQuiet``); the
///   terminal should then wake its loop (for example through a pipe or a flag it checks) and call
///   ``render(size:)`` on its own thread.
/// - ``stop()`` cancels the background tasks; call it before restoring the terminal.
public final class DashboardApp: Sendable {
    private let state: StateBox
    private let poller: Poller
    private let signal = WakeSignal()
    private let tasks = Mutex<[Task<Void, Never>]>([])
    private let redraws: RedrawRequests
    private let clock: @Sendable () -> Date
    private let refreshInterval: Duration
    private let cadence: Cadence
    private let gate: HostGate
    private let actions: ActionCoordinator?
    private let clipboard = Mutex<String?>(nil)
    private let fleetRequest = Mutex<FleetRequest?>(nil)

    /// Creates the app.
    ///
    /// - Parameters:
    ///   - source: Where data comes from (``DurableClientSource`` for a real host).
    ///   - options: Host, hub, read-only, refresh interval, ASCII, theme.
    ///   - actions: Runs operator actions; `nil` in read-only sessions.
    ///   - gate: The backoff of the hub's endpoint host, shared with the session's other hubs on that host; by
    ///     default one of its own.
    ///   - now: The clock (tests pass a fixed one).
    ///   - onRedraw: Called from background tasks when the screen should be rendered again.
    public init(
        source: any HubSource,
        options: DashboardOptions,
        actions: ActionCoordinator? = nil,
        gate: HostGate? = nil,
        now: @escaping @Sendable () -> Date = { Date() },
        onRedraw: @escaping @Sendable () -> Void
    ) {
        let box = StateBox(DashboardState(options: options))
        self.state = box
        self.clock = now
        let redraws = RedrawRequests(onRedraw)
        self.redraws = redraws
        self.refreshInterval = options.refreshInterval
        self.cadence = Cadence(options.refreshInterval)
        self.gate = gate ?? HostGate(base: options.refreshInterval)
        self.actions = actions
        self.poller = Poller(
            source: source,
            fullResyncInterval: TimeInterval(options.fullResyncInterval.components.seconds),
            now: now,
            demand: { box.mutex.withLock { $0.pollDemand } },
            deliver: { update in
                let time = now()
                let (rowsRequest, analysisRequest, rowsShown) = box.mutex.withLock { state in
                    (
                        state.applyDeferringRows(update, now: time), state.analysisRequest(after: update, now: time),
                        !state.instanceList.visible.isEmpty
                    )
                }
                if let rowsRequest {
                    let rows = rowsRequest.compute()
                    box.mutex.withLock { $0.installRows(rows) }
                }
                // After a full listing the analyses may read every held row again (a first load's do), so the
                // tick's rows and report take a frame first and the analyses one of their own; after a steady
                // tick, one frame shows both.
                if analysisRequest == nil || update.endsFullListing {
                    Self.requestFrame(after: update, rowsShown: rowsShown, from: redraws)
                }
                if var analysisRequest {
                    let result = analysisRequest.compute()
                    let scopedRows = box.mutex.withLock { $0.installAnalysis(result, now: time) }
                    if let scopedRows {
                        let rows = scopedRows.compute()
                        box.mutex.withLock { $0.installRows(rows) }
                    }
                    redraws.request()
                }
            }
        )
    }

    /// Asks for the frame that shows `update`.
    private static func requestFrame(after update: PollUpdate, rowsShown: Bool, from redraws: RedrawRequests) {
        switch update {
        case .tickStarted:
            // A tick's start shows only once the host is slow, which the once-a-second redraw catches.
            return
        case .loading,
            .instancesChanged where rowsShown:
            // A long load's pages (a steady tick's changes, which its end draws) take a frame at most every
            // ``progressFrameGap``; the first rows show at once.
            redraws.requestUnlessRecent(within: Self.progressFrameGap)
        default:
            redraws.request()
        }
    }

    /// The least time between two frames that show a load's progress: ten a second.
    static let progressFrameGap = Duration.milliseconds(100)

    /// How recent a frame lets the data-age clock leave out its own: a frame that recent shows the current age.
    static let ageFrameQuiet = Duration.milliseconds(900)

    /// Starts polling (the first tick runs at once) and the once-a-second redraw of the data age.
    ///
    /// After each tick the host's gate learns how it ended; the next tick waits the cadence or the gate's backoff,
    /// whichever is longer. A manual refresh runs at once, backoff or not; a demand change waits for the gate.
    public func start() {
        let loop = Task {
            var explicit: Bool? = false
            while let manual = explicit, !Task.isCancelled {
                let outcome = await self.poller.tick(explicit: manual)
                self.show(self.gate.record(outcome, now: self.clock()))
                explicit = await self.waitForTick()
            }
        }
        let redraws = self.redraws
        let ageClock = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                if !Task.isCancelled {
                    redraws.requestUnlessRecent(within: Self.ageFrameQuiet)
                }
            }
        }
        tasks.withLock { $0 += [loop, ageClock] }
    }

    /// Waits until the next tick is due and says whether it is a manual refresh; `nil` once stopped. A timeout while
    /// paused, and any wake-up but a refresh while the host's gate is closed, wait on.
    private func waitForTick() async -> Bool? {
        while true {
            let wait = max(cadence.interval.withLock { $0 }, gate.remaining(now: clock()))
            let reason = await signal.wait(timeout: wait)
            if Task.isCancelled {
                return nil
            }
            if reason == .refresh {
                return true
            }
            if reason == .timeout && state.mutex.withLock({ $0.paused }) {
                continue
            }
            let notice = gate.notice(now: clock())
            show(notice)
            if notice == nil {
                return false
            }
        }
    }

    /// Keeps the state's copy of the host's gate in step (another hub on the host may have closed or opened it).
    private func show(_ notice: HostBackoff?) {
        let now = clock()
        let changed = state.mutex.withLock { state in
            guard state.freshness.backoff != notice else {
                return false
            }
            state.apply(.backoff(notice), now: now)
            return true
        }
        if changed {
            redraws.request()
        }
    }

    /// Stops polling and the redraw clock.
    public func stop() {
        _ = cancelTasks()
    }

    /// Stops polling and the redraw clock, and waits until both have ended with any request they had in flight:
    /// call it before stopping a host this process serves, so that no request reaches a host shutting down.
    public func shutDown() async {
        for task in cancelTasks() {
            await task.value
        }
    }

    /// Cancels the background tasks and the action runs, wakes the waiting tick, and returns the cancelled tasks.
    private func cancelTasks() -> [Task<Void, Never>] {
        let running = tasks.withLock { tasks -> [Task<Void, Never>] in
            defer { tasks = [] }
            return tasks
        }
        for task in running {
            task.cancel()
        }
        actions?.stop()
        signal.signal(.demand)
        return running
    }

    /// How often a hub of a fleet that is not in front is refreshed: six times the refresh interval, at least
    /// every 30 seconds.
    public var backgroundInterval: Duration {
        max(refreshInterval * 6, .seconds(30))
    }

    /// Puts a hub of a fleet in front (refreshed every refresh interval, and at once when it comes forward) or
    /// behind another hub (refreshed every ``backgroundInterval``).
    public func setInFront(_ inFront: Bool) {
        let interval = inFront ? refreshInterval : backgroundInterval
        let changed = cadence.interval.withLock { current in
            defer { current = interval }
            return current != interval
        }
        if changed && inFront {
            signal.signal(.demand)
        }
    }

    /// Asks for a refresh tick now (the fleet overview's `r`).
    public func refreshNow() {
        signal.signal(.refresh)
    }

    /// Where a key asked the fleet to go since the last call (`:hubs`, Esc at the top, `:hub NAME`), if anywhere.
    public func takeFleetRequest() -> FleetRequest? {
        fleetRequest.withLock { pending in
            defer { pending = nil }
            return pending
        }
    }

    /// The hub's row in the fleet overview: counts in its window, recent failures, attention, freshness.
    public func fleetRow() -> FleetRow {
        state.mutex.withLock { state in
            let options = state.options
            return FleetRow(
                name: options.displayName,
                host: options.endpointHost,
                taskHub: options.taskHub,
                readOnly: options.readOnly,
                summary: HubSummary(
                    counts: state.statusCounts,
                    analysis: state.triage.analysis,
                    freshness: state.freshness
                )
            )
        }
    }

    /// Handles a key or a resize. Fast; safe to call only from the terminal's thread.
    public func handle(_ event: InputEvent) {
        let now = clock()
        let (effects, oldDemand, newDemand) = state.mutex.withLock { state in
            let before = state.pollDemand
            var effects: [Effect] = []
            switch event {
            case .key(let key):
                effects = state.handle(key, now: now)
            case .resize(let columns, let rows):
                state.resize(GridSize(columns: columns, rows: rows))
            }
            return (effects, before, state.pollDemand)
        }
        if Self.demandNeedsTick(old: oldDemand, new: newDemand) {
            signal.signal(.demand)
        }
        if effects.contains(.refreshNow) {
            signal.signal(.refresh)
        }
        for case .action(let effect) in effects {
            perform(effect)
        }
        for case .export(let path, let text) in effects {
            export(text, to: path)
        }
        for case .copy(let text) in effects {
            clipboard.withLock { $0 = text }
        }
        for case .fleet(let request) in effects {
            fleetRequest.withLock { $0 = request }
        }
    }

    /// The text `y` asked to copy since the last call; the terminal puts it on its clipboard.
    public func takeClipboardText() -> String? {
        clipboard.withLock { pending in
            defer { pending = nil }
            return pending
        }
    }

    /// Writes an export file and reports how it went on the flash line.
    private func export(_ text: String, to path: String) {
        var problem: String?
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            problem = HostText.sanitized((error as NSError).localizedDescription)
        }
        let now = clock()
        state.mutex.withLock { $0.exported(to: path, error: problem, now: now) }
        redraws.request()
    }

    /// Hands action work to the coordinator; its reports update the state, keep the poller's demand in step (a
    /// start opens the new instance), and a finished run refreshes the affected rows at once.
    private func perform(_ effect: ActionEffect) {
        guard let actions else {
            return
        }
        let box = state
        let clock = self.clock
        let signal = self.signal
        let redraws = self.redraws
        actions.perform(effect) { (update: ActionUpdate) in
            let (before, after) = box.mutex.withLock { (state: inout DashboardState) -> (PollDemand, PollDemand) in
                let before = state.pollDemand
                state.apply(update, now: clock())
                return (before, state.pollDemand)
            }
            if Self.demandNeedsTick(old: before, new: after) {
                signal.signal(.demand)
            }
            if case .progress(let progress) = update, progress.isFinished {
                signal.signal(.refresh)
            }
            redraws.request()
        }
    }

    /// Renders the screen for a size. Fast; safe to call only from the terminal's thread.
    public func render(size: GridSize) -> Grid {
        let now = clock()
        return state.mutex.withLock { state in
            if state.screenSize != size {
                state.resize(size)
            }
            return Renderer.render(state, size: size, now: now)
        }
    }

    /// Whether the user asked to quit (`:q`, `q` at the top, Ctrl-C).
    public var wantsQuit: Bool {
        state.mutex.withLock { $0.wantsQuit }
    }

    /// The hub's name in its fleet, else its endpoint host.
    public var hubName: String {
        state.mutex.withLock { $0.options.displayName }
    }

    /// The theme to paint with.
    public var theme: Theme {
        state.mutex.withLock { $0.options.theme }
    }

    /// Whether only ASCII may be drawn.
    public var asciiOnly: Bool {
        state.mutex.withLock { $0.options.asciiOnly }
    }

    /// A copy of the current state (for tests and diagnostics).
    public var snapshot: DashboardState {
        state.mutex.withLock { $0 }
    }

    /// Whether a demand change needs data at once (a new screen, window or filter), rather than at the next tick.
    static func demandNeedsTick(old: PollDemand, new: PollDemand) -> Bool {
        old.window != new.window || old.statuses != new.statuses
            || (new.detailInstanceID != nil && old.detailInstanceID != new.detailInstanceID)
            || (new.entitiesVisible && !old.entitiesVisible)
            || (new.detailEntity != nil && old.detailEntity != new.detailEntity)
    }
}

/// How often the poller ticks, behind a lock: a fleet changes it as its hubs come to the front and go behind.
final class Cadence: Sendable {
    let interval: Mutex<Duration>

    init(_ interval: Duration) {
        self.interval = Mutex(interval)
    }
}

/// The state behind a lock, shared by the app and the poller's delivery closure.
final class StateBox: Sendable {
    let mutex: Mutex<DashboardState>

    init(_ state: DashboardState) {
        self.mutex = Mutex(state)
    }
}
