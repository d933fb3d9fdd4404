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
}

/// The dashboard is driven as it is: it pushes redraws itself (new data, and once a second for its data-age
/// label) through the ``TerminalWaker`` it was given, so the loop needs no timer of its own.
extension DashboardApp: TerminalApplication {}
