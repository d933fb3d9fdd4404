import Glibc
import ScreenKit

/// Runs an application full-screen in the terminal, and always gives the terminal back.
///
/// Create the session first, hand ``waker`` to the application, then call ``run(_:theme:)`` on the thread that
/// will own curses (it blocks). The terminal is restored when the application quits, on Ctrl-C, SIGINT, SIGTERM,
/// SIGHUP or SIGQUIT, when the terminal hangs up, and on a crash.
public final class TerminalSession: Sendable {
    /// Wakes the event loop for a render; give it to the application.
    public let waker: TerminalWaker
    private let options: TerminalOptions
    private let signals: SelfPipe

    /// Prepares a session: checks that standard input and output are a terminal and opens the pipes; the
    /// terminal itself is untouched until ``run(_:theme:)``.
    public init(options: TerminalOptions) throws(TerminalError) {
        try Terminal.requireTerminal()
        self.options = options
        waker = try TerminalWaker()
        signals = try SelfPipe()
    }

    /// Takes the terminal over and runs the application until it quits; then restores the terminal and returns.
    ///
    /// If a terminating signal arrives or the terminal hangs up, the terminal is restored and the reason returned:
    /// the caller finishes its own shutdown (an operator action in flight, say), then ends the process with
    /// ``terminate(bySignal:)`` so the parent sees the usual status (for example 143 after SIGTERM). A second
    /// signal during that shutdown ends the process at once.
    ///
    /// - Throws: ``TerminalError`` when the terminal cannot be used; nothing has been drawn then.
    public func run(_ application: any TerminalApplication, theme: Theme) throws(TerminalError) -> SessionEnd {
        SignalHandling.forwardSignals(to: signals.writeDescriptor)
        let terminal: Terminal
        do {
            terminal = try Terminal(options: options)
        } catch {
            SignalHandling.stopForwardingSignals()
            throw error
        }
        let loop = EventLoop(
            terminal: terminal,
            application: application,
            theme: theme,
            waker: waker,
            signals: signals
        )
        let exit = loop.run()
        terminal.stop()
        SignalHandling.stopForwardingSignals()
        return exit
    }

    /// Ends the process because of `signalNumber`, with the status a parent expects for it.
    public static func terminate(bySignal signalNumber: Int32) -> Never {
        SignalHandling.terminate(bySignal: signalNumber)
    }
}
