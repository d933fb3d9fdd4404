/// Wakes the terminal's event loop so it renders again; safe to call from any thread or task.
///
/// The dashboard calls ``wake()`` whenever its state changed on its own (new data arrived, a load finished).
/// Calls are coalesced: many wake-ups before the loop runs cause one render.
public final class TerminalWaker: Sendable {
    /// The pipe the event loop watches.
    let pipe: SelfPipe

    /// Creates a waker with its own pipe.
    init() throws(TerminalError) {
        pipe = try SelfPipe()
    }

    /// Asks the event loop for a render.
    public func wake() {
        pipe.signal()
    }
}
