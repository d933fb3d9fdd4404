import Glibc

/// Signal handling for a program that owns the terminal.
///
/// - *Forwarded* signals (interrupt, terminate, hang-up, quit, window change) only write their number to a
///   self-pipe; the event loop reads it on the UI thread and reacts there, so no curses call runs in a handler.
/// - *Fatal* signals (segmentation fault, bus error, illegal instruction, arithmetic error, abort, trap) first
///   point standard output at `/dev/null`, so that a frame another thread is still painting cannot land on the
///   normal screen after the crash line (its cursor moves would put the shell's next lines over it); then
///   they put the terminal back through a copy of standard output with a precomputed escape string and the saved
///   terminal modes, all async-signal-safe (`dup2`, `write`, `tcsetattr`), write the ``CrashReport`` line and
///   point standard error at its file, then reinstall the previous handler (the Swift runtime's backtracer or the
///   default) and raise the signal again, so the backtrace lands in the crash file and the exit status is the
///   usual one.
///
/// The state the handlers read lives in plain globals set up before the handlers are installed.
enum SignalHandling {
    /// Signals the event loop handles through the self-pipe.
    static let forwarded: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH]
    /// Signals that mean the process is crashing.
    static let fatal: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Routes the forwarded signals into the pipe whose write end is `writeDescriptor`.
    static func forwardSignals(to writeDescriptor: Int32) {
        signalPipeWriteDescriptor = writeDescriptor
        for signalNumber in forwarded {
            _ = signal(signalNumber, forwardSignalNumber)
        }
    }

    /// Gives the forwarded signals their default actions back.
    static func stopForwardingSignals() {
        for signalNumber in forwarded {
            _ = signal(signalNumber, SIG_DFL)
        }
        signalPipeWriteDescriptor = -1
    }

    /// Arms the crash path: on a fatal signal, `restoreSequence` is written to standard output, the terminal
    /// modes in `shellModes` are restored on standard input, and captured standard error is replayed.
    static func armCrashRestore(restoreSequence: [UInt8], shellModes: termios, stderrCapture: StandardErrorCapture?) {
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, restoreSequence.count))
        bytes.initialize(from: restoreSequence, count: restoreSequence.count)
        crashRestoreBytes = bytes
        crashRestoreByteCount = restoreSequence.count
        let modes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        modes.initialize(to: shellModes)
        crashShellModes = modes
        crashStderrSaved = stderrCapture?.savedDescriptor ?? -1
        crashStderrCapture = stderrCapture?.captureDescriptor ?? -1
        let copyBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: crashCopyBufferSize)
        crashCopyBuffer = copyBuffer
        if crashTerminalOutput < 0 {
            crashTerminalOutput = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 0)
            crashDiscardedOutput = open("/dev/null", O_WRONLY | O_CLOEXEC)
        }
        let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))
        previous.initialize(repeating: sigaction(), count: Int(NSIG))
        previousFatalActions = previous
        rearmCrashRestore()
    }

    /// Arms the crash path again after ``disarmCrashRestore()`` (when curses owns the terminal again).
    static func rearmCrashRestore() {
        guard let previous = previousFatalActions else {
            return
        }
        crashRestoreArmed = 1
        for signalNumber in fatal {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = restoreTerminalAndReraise
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            _ = sigaction(signalNumber, &action, previous + Int(signalNumber))
        }
    }

    /// Disarms the crash path once the terminal has been restored normally, putting the previous handlers back.
    static func disarmCrashRestore() {
        crashRestoreArmed = 0
        guard let previous = previousFatalActions else {
            return
        }
        for signalNumber in fatal {
            _ = sigaction(signalNumber, previous + Int(signalNumber), nil)
        }
    }

    /// Ends the process because of a forwarded signal, after the terminal has been restored: the default action
    /// is restored and the signal raised again, so the parent sees the usual status (for example 130 for Ctrl-C).
    static func terminate(bySignal signalNumber: Int32) -> Never {
        _ = signal(signalNumber, SIG_DFL)
        _ = raise(signalNumber)
        exit(128 + signalNumber)
    }
}

/// Size of the buffer the crash handler copies captured standard error through.
private let crashCopyBufferSize = 4096

/// Write end of the self-pipe for forwarded signals, or -1.
nonisolated(unsafe) private var signalPipeWriteDescriptor: Int32 = -1
/// Non-zero while the terminal is in curses mode and a crash must restore it.
nonisolated(unsafe) private var crashRestoreArmed: sig_atomic_t = 0
/// The escape sequence that leaves the alternate screen and shows the cursor.
nonisolated(unsafe) private var crashRestoreBytes: UnsafeMutablePointer<UInt8>?
/// Number of bytes at `crashRestoreBytes`.
nonisolated(unsafe) private var crashRestoreByteCount = 0
/// The terminal modes from before curses started.
nonisolated(unsafe) private var crashShellModes: UnsafeMutablePointer<termios>?
/// The real standard error, saved while standard error is captured, or -1.
nonisolated(unsafe) private var crashStderrSaved: Int32 = -1
/// The file standard error is captured into, or -1.
nonisolated(unsafe) private var crashStderrCapture: Int32 = -1
/// A preallocated buffer for replaying captured standard error.
nonisolated(unsafe) private var crashCopyBuffer: UnsafeMutablePointer<UInt8>?
/// A copy of standard output (the terminal) the crash handler gives the terminal back through, or -1.
nonisolated(unsafe) private var crashTerminalOutput: Int32 = -1
/// `/dev/null`, which the crash handler points standard output at, or -1.
nonisolated(unsafe) private var crashDiscardedOutput: Int32 = -1
/// The fatal-signal actions in place before ours, indexed by signal number.
nonisolated(unsafe) private var previousFatalActions: UnsafeMutablePointer<sigaction>?

/// Handler for forwarded signals: writes the signal number to the self-pipe (async-signal-safe).
private func forwardSignalNumber(_ signalNumber: Int32) {
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: signalNumber)
    if signalPipeWriteDescriptor >= 0 {
        _ = write(signalPipeWriteDescriptor, &byte, 1)
    }
    errno = savedErrno
}

/// Handler for fatal signals: restores the terminal and writes the crash report with async-signal-safe calls
/// only, then lets the previous handler (or the default action) deal with the signal.
private func restoreTerminalAndReraise(_ signalNumber: Int32) {
    if crashRestoreArmed != 0 {
        crashRestoreArmed = 0
        var terminal = STDOUT_FILENO
        if crashTerminalOutput >= 0, crashDiscardedOutput >= 0 {
            terminal = crashTerminalOutput
            _ = dup2(crashDiscardedOutput, STDOUT_FILENO)
        }
        if let bytes = crashRestoreBytes {
            _ = write(terminal, bytes, crashRestoreByteCount)
        }
        if let modes = crashShellModes {
            _ = tcsetattr(STDIN_FILENO, TCSANOW, modes)
        }
        if crashStderrSaved >= 0 {
            _ = dup2(crashStderrSaved, STDERR_FILENO)
            replayCapturedStandardError(to: STDERR_FILENO)
        }
        CrashReport.writeFromSignalHandler(signalNumber, copyCaptured: replayCapturedStandardError(to:))
    }
    if let previous = previousFatalActions {
        _ = sigaction(signalNumber, previous + Int(signalNumber), nil)
    } else {
        _ = signal(signalNumber, SIG_DFL)
    }
    _ = raise(signalNumber)
}

/// Copies what was captured from standard error to `descriptor` (crash path only).
private func replayCapturedStandardError(to descriptor: Int32) {
    guard crashStderrCapture >= 0, let buffer = crashCopyBuffer else {
        return
    }
    _ = lseek(crashStderrCapture, 0, SEEK_SET)
    while true {
        let count = read(crashStderrCapture, buffer, crashCopyBufferSize)
        if count <= 0 {
            break
        }
        _ = write(descriptor, buffer, count)
    }
}
