import Foundation

/// The Swift runtime's crash backtracer, set up so a crash never waits for a key and writes to standard error,
/// where the terminal layer's crash handler points it at the crash file.
///
/// The runtime reads `SWIFT_BACKTRACE` once, before `main`, and by default turns interactive on a terminal ("Press
/// space to interact, D to debug…"), which would leave an operator's SSH session hanging. So the first thing the
/// program does is run its own executable again, in the same process (`execv` keeps the pid and the arguments), with the
/// settings it needs added to whatever the user set.
enum BacktraceSettings {
    /// What durabletop adds: no interaction, no colour, no registers (they could hold bits of the host key), the
    /// report on standard error.
    static let required = "interactive=no,color=no,registers=none,images=none,output-to=stderr"

    /// Re-executes the program with ``required`` added to `SWIFT_BACKTRACE`, unless it is there already. When the
    /// re-execution fails the program goes on as it is.
    static func ensureNonInteractive() {
        let current = ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] ?? ""
        if current.hasSuffix(required) {
            return
        }
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
            return
        }
        setenv("SWIFT_BACKTRACE", current.isEmpty ? required : current + "," + required, 1)
        execv(executable, CommandLine.unsafeArgv)
    }
}
