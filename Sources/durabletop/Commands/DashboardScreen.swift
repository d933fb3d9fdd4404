import Dashboard
import TerminalUI

/// The dashboard as the terminal's event loop sees it.
///
/// The dashboard pushes redraws itself (new data, and once a second for its data-age label) through the waker,
/// so nothing here asks the loop for a timer.
final class DashboardScreen: TerminalApplication {
    /// The dashboard being shown.
    let app: DashboardApp

    /// Wraps a dashboard.
    init(app: DashboardApp) {
        self.app = app
    }

    func handle(_ event: InputEvent) {
        app.handle(event)
    }

    func render(size: GridSize) -> Grid {
        app.render(size: size)
    }

    var wantsQuit: Bool {
        app.wantsQuit
    }

    func nextScheduledRedraw(after now: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        nil
    }
}
