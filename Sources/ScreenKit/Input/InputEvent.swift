/// What the terminal layer sends the dashboard.
public enum InputEvent: Hashable, Sendable {
    /// A key was pressed.
    case key(KeyEvent)
    /// The terminal now has this many columns and rows.
    case resize(columns: Int, rows: Int)
}
