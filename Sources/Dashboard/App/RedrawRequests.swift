import Synchronization

/// The app's requests to render the screen again, with when the last one was made, so the once-a-second clock that
/// keeps the data age current can leave out a frame when data has just been drawn.
final class RedrawRequests: Sendable {
    private let onRedraw: @Sendable () -> Void
    private let lastRequest = Mutex<ContinuousClock.Instant?>(nil)

    /// Requests go to `onRedraw`.
    init(_ onRedraw: @escaping @Sendable () -> Void) {
        self.onRedraw = onRedraw
    }

    /// Asks for a frame now.
    func request() {
        let now = ContinuousClock.now
        lastRequest.withLock { $0 = now }
        onRedraw()
    }

    /// Asks for a frame unless one was asked for within `quiet` (the clock's own tick: a frame drawn that recently
    /// already shows the current data age).
    func requestUnlessRecent(within quiet: Duration) {
        let recent = lastRequest.withLock { last in
            last.map { ContinuousClock.now - $0 < quiet } ?? false
        }
        if !recent {
            request()
        }
    }
}
