import Glibc
import Synchronization
import TextSafety

/// What a crash leaves behind while the terminal is in curses mode: the backtrace in a file, and one plain line
/// on the normal screen naming what happened, the file, and the application's note (what it had in flight).
///
/// Everything the fatal-signal handler needs is prepared here beforehand, so at crash time it only calls
/// async-signal-safe functions (`mkdir`, `open`, `write`, `dup2`). The handler points standard error at the file
/// before the Swift runtime's backtracer runs, so the backtrace lands there; the program runs with
/// `SWIFT_BACKTRACE=…,interactive=no,output-to=stderr` so the backtracer never waits for a key.
public enum CrashReport {
    /// Arms the report: on a crash, `path` gets the backtrace (`directories`, parents first, are made first) and
    /// the crash line starts with `program`.
    public static func arm(path: String, directories: [String], program: String) {
        crashPath = CString(path)
        crashDirectories = directories.map(CString.init)
        crashPrefix = CString(program + " crashed: ")
        crashMiddle = CString(". Backtrace: " + path + ". ")
        _ = (signalNames.count, newline, unknownSignal, noteBuffers)
        setNote("")
    }

    /// Sets the note the crash line ends with, such as which actions are in flight; control characters are
    /// dropped and the text is cut to 1 KiB.
    public static func setNote(_ text: String) {
        noteWriter.withLock { _ in
            let current = notes.load(ordering: .acquiring)
            let buffer = 1 - (current >> 16)
            var length = 0
            for scalar in text.unicodeScalars where !scalar.isTerminalUnsafe {
                let bytes = Array(String(scalar).utf8)
                if length + bytes.count > noteCapacity {
                    break
                }
                for byte in bytes {
                    noteBuffers[buffer * noteCapacity + length] = byte
                    length += 1
                }
            }
            notes.store(buffer << 16 | length, ordering: .releasing)
        }
    }

    /// Writes the crash line to standard error and points standard error at the crash file. Called from the
    /// fatal-signal handler once the terminal is restored: async-signal-safe calls only.
    static func writeFromSignalHandler(_ signalNumber: Int32, copyCaptured: (Int32) -> Void) {
        guard let path = crashPath, let prefix = crashPrefix, let middle = crashMiddle else {
            return
        }
        for directory in crashDirectories {
            _ = mkdir(directory.bytes, 0o700)
        }
        let file = open(path.bytes, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        writeLine(signalNumber, prefix: prefix, middle: middle, to: STDERR_FILENO)
        if file >= 0 {
            writeLine(signalNumber, prefix: prefix, middle: middle, to: file)
            copyCaptured(file)
            _ = dup2(file, STDERR_FILENO)
        }
    }

    /// The crash line: `durabletop crashed: WHAT. Backtrace: PATH. NOTE`.
    private static func writeLine(_ signalNumber: Int32, prefix: CString, middle: CString, to descriptor: Int32) {
        write(prefix, to: descriptor)
        writeSignalName(signalNumber, to: descriptor)
        write(middle, to: descriptor)
        let note = notes.load(ordering: .acquiring)
        _ = Glibc.write(descriptor, noteBuffers + (note >> 16) * noteCapacity, note & 0xFFFF)
        _ = Glibc.write(descriptor, newline, 1)
    }

    private static func write(_ text: CString, to descriptor: Int32) {
        _ = Glibc.write(descriptor, text.bytes, text.count)
    }

    private static func writeSignalName(_ signalNumber: Int32, to descriptor: Int32) {
        for (number, name) in signalNames where number == signalNumber {
            write(name, to: descriptor)
            return
        }
        write(unknownSignal, to: descriptor)
    }
}

/// Bytes kept for the crash handler: a NUL-terminated copy that is never freed.
struct CString: @unchecked Sendable {
    /// The bytes, NUL-terminated.
    let bytes: UnsafeMutablePointer<CChar>
    /// The length without the NUL.
    let count: Int

    init(_ text: String) {
        let utf8 = Array(text.utf8)
        bytes = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count + 1)
        for (index, byte) in utf8.enumerated() {
            bytes[index] = CChar(bitPattern: byte)
        }
        bytes[utf8.count] = 0
        count = utf8.count
    }
}

/// The most bytes of a note.
private let noteCapacity = 1024
/// Two note buffers: the writer fills the one not in use, then publishes it in `notes`.
nonisolated(unsafe) private let noteBuffers = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * noteCapacity)
/// The published note: buffer index in the high bits, length in the low 16.
private let notes = Atomic<Int>(0)
/// Serialises note writers.
private let noteWriter = Mutex(())
/// The crash file, once armed.
nonisolated(unsafe) private var crashPath: CString?
/// Directories to make before opening the crash file, parents first.
nonisolated(unsafe) private var crashDirectories: [CString] = []
/// `durabletop crashed: `.
nonisolated(unsafe) private var crashPrefix: CString?
/// `. Backtrace: PATH. `.
nonisolated(unsafe) private var crashMiddle: CString?
nonisolated(unsafe) private let newline = CString("\n").bytes
private let unknownSignal = CString("a fatal signal")
private let signalNames: [(Int32, CString)] = [
    (SIGILL, CString("a runtime check failed (illegal instruction)")),
    (SIGTRAP, CString("a runtime check failed (trap)")),
    (SIGSEGV, CString("invalid memory access (segmentation fault)")),
    (SIGBUS, CString("invalid memory access (bus error)")),
    (SIGFPE, CString("arithmetic error")),
    (SIGABRT, CString("aborted")),
]
