import Glibc
import ScreenKit

/// The terminal's event loop: it sleeps in `poll()` on standard input, the wake pipe and the signal pipe, and
/// renders only when something happened.
///
/// - Keys are handled as they come and the screen is rendered right after them (once per batch of keys).
/// - A wake-up from the dashboard (new data) renders at most ``minimumFrameInterval`` after the previous frame,
///   so a burst of updates costs a few frames, not hundreds.
/// - With nothing to do the loop blocks without a timeout: no timer spins while idle.
/// - A window change re-reads the size and repaints in full.
final class EventLoop {
    /// The shortest time between two frames caused by wake-ups.
    static let minimumFrameInterval: Duration = .milliseconds(50)
    /// After this many wake-ups of standard input that yield no input at all, the terminal counts as gone.
    ///
    /// A hung-up terminal reports "readable" forever while curses reads nothing; this stops that from spinning.
    static let emptyReadLimit = 64
    /// The most inputs handled in one go, so a flood of input cannot starve signals and wake-ups.
    static let inputBatchLimit = 512

    private let terminal: Terminal
    private let application: any TerminalApplication
    private let waker: TerminalWaker
    private let signals: SelfPipe
    private var painter: ScreenPainter
    private let clock = ContinuousClock()
    private var size: GridSize
    private var lastFrame: ContinuousClock.Instant?
    private var renderPending = true
    private var emptyReads = 0

    /// Creates a loop; nothing happens until ``run()``.
    init(
        terminal: Terminal,
        application: any TerminalApplication,
        theme: Theme,
        waker: TerminalWaker,
        signals: SelfPipe
    ) {
        self.terminal = terminal
        self.application = application
        self.waker = waker
        self.signals = signals
        painter = ScreenPainter(theme: theme, colorCount: terminal.colorCount, pairCount: terminal.colorPairCount)
        size = terminal.size
    }

    /// Runs until the application quits, a terminating signal arrives or the terminal goes away.
    func run() -> SessionEnd {
        application.handle(.resize(columns: size.columns, rows: size.rows))
        while true {
            if application.wantsQuit {
                return .quit
            }
            let now = clock.now
            if renderPending, lastFrame.map({ now - $0 >= Self.minimumFrameInterval }) ?? true {
                draw(at: now)
            }
            var descriptors = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: waker.pipe.readDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: signals.readDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, nfds_t(descriptors.count), timeoutMilliseconds(from: clock.now))
            if ready < 0 {
                guard errno == EINTR else {
                    return .hangup
                }
                continue
            }
            if descriptors[2].revents != 0, let exit = handleSignals() {
                return exit
            }
            if descriptors[1].revents != 0 {
                _ = waker.pipe.drain()
                renderPending = true
            }
            let input = descriptors[0].revents
            if input & Int16(POLLIN) != 0 {
                if !readKeys() {
                    return .hangup
                }
            } else if input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                return .hangup
            }
        }
    }

    /// Renders the application and paints the difference.
    private func draw(at now: ContinuousClock.Instant) {
        let grid = application.render(size: size)
        painter.paint(grid, on: terminal.window)
        if let text = application.takeClipboardText() {
            terminal.copyToClipboard(text)
        }
        lastFrame = now
        renderPending = false
    }

    /// How long `poll()` may sleep: until a throttled render is due, or forever (-1).
    private func timeoutMilliseconds(from now: ContinuousClock.Instant) -> Int32 {
        guard renderPending, let lastFrame else {
            return -1
        }
        let wait = max(.zero, lastFrame + Self.minimumFrameInterval - now)
        let milliseconds = wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000
        return Int32(clamping: milliseconds + 1)
    }

    /// Handles the signals waiting in the pipe: a window change resizes, anything else ends the loop.
    private func handleSignals() -> SessionEnd? {
        for byte in signals.drain() {
            let signalNumber = Int32(byte)
            if signalNumber == SIGWINCH {
                resize(force: false)
            } else {
                return .signal(signalNumber)
            }
        }
        return nil
    }

    /// Reads every input curses has, hands keys to the application, then renders once.
    ///
    /// - Returns: `false` when standard input keeps reporting readable without producing input (a hang-up).
    private func readKeys() -> Bool {
        var sawInput = false
        var keysHandled = false
        for _ in 0..<Self.inputBatchLimit {
            guard !application.wantsQuit, let input = terminal.readInput() else {
                break
            }
            sawInput = true
            switch KeyDecoder.decode(input, next: terminal.readInput) {
            case .key(let key):
                application.handle(.key(key))
                keysHandled = true
            case .resize:
                resize(force: false)
            case .suspend:
                terminal.suspend()
                resize(force: true)
            case .ignored:
                break
            }
        }
        if keysHandled {
            draw(at: clock.now)
        }
        emptyReads = sawInput ? 0 : emptyReads + 1
        return emptyReads < Self.emptyReadLimit
    }

    /// Adopts the terminal's new size and repaints everything; without `force`, only when the size changed.
    private func resize(force: Bool) {
        let newSize = terminal.adoptKernelSize()
        guard force || newSize != size else {
            return
        }
        size = newSize
        application.handle(.resize(columns: size.columns, rows: size.rows))
        painter.invalidate()
        terminal.forceFullRedraw()
        draw(at: clock.now)
    }
}
