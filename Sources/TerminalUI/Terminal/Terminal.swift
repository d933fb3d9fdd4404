import CCurses
import Glibc
import ScreenKit

/// The curses screen: taking the terminal over, giving it back, its size and its input.
///
/// Not thread-safe by design: every method must run on the one thread that started it (the UI thread).
final class Terminal {
    /// The number of colours paint may use: 0 (monochrome), 8, 16 or 256.
    let colorCount: Int
    /// The number of colour pairs the terminal supports (0 without colours).
    let colorPairCount: Int
    /// The curses screen.
    private let screen: OpaquePointer
    /// The standard window everything is painted on.
    let window: UnsafeMutablePointer<WINDOW>
    /// Standard error, kept off the screen while curses owns it.
    private let stderrCapture: StandardErrorCapture?
    /// Whether curses still owns the terminal.
    private var isActive = true
    /// Reads keys and text from the window.
    private let reader: InputReader

    /// Takes the terminal over: raw keys, no echo, keypad decoding, hidden cursor, alternate screen, colours.
    ///
    /// The caller must have adopted the user's locale (``TerminalLocale/adoptUserLocale()``) and routed the
    /// forwarded signals (``SignalHandling/forwardSignals(to:)``) first, so curses does not install its own
    /// handlers for them.
    init(options: TerminalOptions) throws(TerminalError) {
        try Self.requireTerminal()
        var shellModes = termios()
        _ = tcgetattr(STDIN_FILENO, &shellModes)
        let terminalType = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !terminalType.isEmpty, let screen = dt_newterm(nil), let window = dt_stdscr() else {
            throw .unknownTerminalType(terminalType)
        }
        guard dt_tigetstr("cup") != nil else {
            _ = endwin()
            delscreen(screen)
            throw .incapableTerminal(terminalType)
        }
        self.screen = screen
        self.window = window
        self.reader = InputReader(window: window)
        Self.configureInput(of: window, escapeDelay: options.escapeDelayMilliseconds)
        _ = curs_set(0)
        colorCount = Self.startColors(allowed: options.colorsAllowed)
        colorPairCount = colorCount > 0 ? Int(dt_color_pairs()) : 0
        Self.batchOutput()
        stderrCapture = StandardErrorCapture()
        SignalHandling.armCrashRestore(
            restoreSequence: Self.restoreSequence(),
            shellModes: shellModes,
            stderrCapture: stderrCapture
        )
    }

    /// Sets up the current screen's input as the event loop reads it: raw keys, no echo, no CR/LF mapping, keypad
    /// decoding, no waiting, and `escapeDelay` milliseconds for the rest of an escape sequence.
    static func configureInput(of window: UnsafeMutablePointer<WINDOW>, escapeDelay: Int) {
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = nodelay(window, true)
        _ = set_escdelay(Int32(clamping: escapeDelay))
    }

    /// Makes each `doupdate` send its frame in one write.
    ///
    /// ncurses 6.4 (Debian 12's) flushes its output after every cursor move until the screen has once been through
    /// `endwin`: its state stays "initial" until then. A frame of the instance table went out in about 35 writes of
    /// 6 to 80 bytes, each a packet of its own over SSH. One `endwin` and `doupdate` before the first frame moves
    /// the screen to "running", and a frame leaves in one write.
    static func batchOutput() {
        _ = endwin()
        _ = doupdate()
    }

    /// Checks that standard input and output are a terminal, so nothing is started in vain when they are not.
    static func requireTerminal() throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw .notATerminal
        }
    }

    /// The screen size curses currently uses.
    var size: GridSize {
        let size = dt_getmaxyx(window)
        return GridSize(columns: Int(size.cols), rows: Int(size.rows))
    }

    /// Asks the kernel for the terminal's size after a window change and resizes curses to it when it differs.
    ///
    /// `resizeterm` queues a `KEY_RESIZE` itself; calling it only on a real change keeps that from looping.
    func adoptKernelSize() -> GridSize {
        let kernel = dt_window_size(STDOUT_FILENO)
        let current = size
        if kernel.rows > 0, kernel.cols > 0, kernel.rows != current.rows || kernel.cols != current.columns {
            _ = resizeterm(kernel.rows, kernel.cols)
        }
        return size
    }

    /// Reads one raw input from curses without waiting (beyond the escape delay inside a sequence).
    func readInput() -> RawInput? {
        reader.next()
    }

    /// Stops the process like Ctrl-Z in a shell: the terminal is given back, the process group stops, and when
    /// the shell continues it, curses takes the terminal again. The caller repaints everything afterwards.
    ///
    /// `kill(0, SIGSTOP)` is aimed at the process group, so any of this process's threads may take it, and this
    /// thread can run on for a fraction of a millisecond before the stop reaches it: long enough to take the
    /// terminal back in raw mode before the shell has it, and then to have nothing left to do on `fg`, leaving the
    /// shell's line mode in force. `raise(SIGSTOP)` aims a second stop at this thread, so it stops before going
    /// on; the `SIGCONT` of `fg` discards whichever stop is still pending.
    func suspend() {
        SignalHandling.disarmCrashRestore()
        _ = endwin()
        _ = kill(0, SIGSTOP)
        _ = raise(SIGSTOP)
        _ = wrefresh(dt_curscr())
        SignalHandling.rearmCrashRestore()
    }

    /// Makes the next `doupdate` redraw the whole physical screen (after a resize or a resume).
    func forceFullRedraw() {
        _ = clearok(dt_curscr(), true)
    }

    /// Gives the terminal back: normal screen, visible cursor, the shell's modes, the real standard error.
    func stop() {
        guard isActive else {
            return
        }
        isActive = false
        SignalHandling.disarmCrashRestore()
        _ = endwin()
        delscreen(screen)
        stderrCapture?.restore()
    }

    /// Starts colour if the terminal has it and it is allowed; returns the usable colour count.
    private static func startColors(allowed: Bool) -> Int {
        guard allowed, has_colors() else {
            return 0
        }
        _ = start_color()
        _ = use_default_colors()
        let colors = Int(dt_colors())
        if colors >= 256 {
            return 256
        }
        if colors >= 16 {
            return 16
        }
        return colors >= 8 ? 8 : 0
    }

    /// The escape sequence a crash writes to give the terminal back: plain attributes, visible cursor, keypad
    /// transmit mode off, normal screen (from this terminal's terminfo entry).
    private static func restoreSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = dt_tigetstr(capability) {
                bytes.append(contentsOf: Array(String(cString: value).utf8))
            }
        }
        bytes.append(contentsOf: Array("\r\n".utf8))
        return bytes
    }
}
