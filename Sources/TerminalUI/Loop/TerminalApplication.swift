import Dashboard

/// What the terminal's event loop drives: the dashboard controller, seen from the terminal.
///
/// Every method is called on the terminal's thread only.
public protocol TerminalApplication: AnyObject {
    /// Reacts to a key or a change of terminal size.
    func handle(_ event: InputEvent)
    /// Renders the whole screen at a size.
    func render(size: GridSize) -> Grid
    /// Whether the user asked to quit (the loop then returns and the terminal is restored).
    var wantsQuit: Bool { get }
    /// The next moment the screen changes by itself (a "updated 3s ago" label, a fading highlight), or `nil`
    /// when nothing on screen depends on time. The loop sleeps until then, or indefinitely, when idle.
    func nextScheduledRedraw(after now: ContinuousClock.Instant) -> ContinuousClock.Instant?
}
