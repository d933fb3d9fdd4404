import Glibc

/// Keeps standard error off the screen while curses owns it.
///
/// A library's log line or a runtime warning written to standard error would scribble over the dashboard. While
/// the capture is active, standard error goes to an anonymous temporary file; when the terminal is restored the
/// real standard error comes back and the tail of what was captured is replayed to it, so nothing is lost.
final class StandardErrorCapture {
    /// How much of the captured text is replayed at most (the tail is the interesting part).
    static let replayLimit = 64 * 1024

    /// A duplicate of the real standard error.
    let savedDescriptor: Int32
    /// The temporary file standard error points at while captured.
    let captureDescriptor: Int32
    /// The stream owning `captureDescriptor`.
    private let captureFile: UnsafeMutablePointer<FILE>
    /// Whether standard error has been given back.
    private var isRestored = false

    /// Redirects standard error into a temporary file; `nil` when that is impossible (then nothing changes).
    init?() {
        guard let file = tmpfile() else {
            return nil
        }
        let capture = fileno(file)
        let saved = dup(STDERR_FILENO)
        guard saved >= 0 else {
            fclose(file)
            return nil
        }
        guard dup2(capture, STDERR_FILENO) >= 0 else {
            close(saved)
            fclose(file)
            return nil
        }
        captureFile = file
        captureDescriptor = capture
        savedDescriptor = saved
    }

    /// Gives standard error back and replays the tail of what was captured.
    func restore() {
        guard !isRestored else {
            return
        }
        isRestored = true
        _ = dup2(savedDescriptor, STDERR_FILENO)
        close(savedDescriptor)
        let end = lseek(captureDescriptor, 0, SEEK_END)
        if end > 0 {
            _ = lseek(captureDescriptor, max(0, end - off_t(Self.replayLimit)), SEEK_SET)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(captureDescriptor, $0.baseAddress, $0.count) }
                if count <= 0 {
                    break
                }
                _ = buffer.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, count) }
            }
        }
        fclose(captureFile)
    }
}
