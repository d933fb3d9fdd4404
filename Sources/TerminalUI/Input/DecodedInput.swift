import ScreenKit

/// What one decoded input means to the event loop.
enum DecodedInput: Hashable, Sendable {
    /// A key for the dashboard.
    case key(KeyEvent)
    /// The terminal changed size (`KEY_RESIZE`).
    case resize
    /// Ctrl-Z: give the terminal back and stop, like any shell job.
    case suspend
    /// Nothing to act on (an Alt combination, an unknown sequence or key, a mouse report).
    case ignored
}
