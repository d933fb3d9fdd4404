import Glibc

/// A non-blocking pipe used to wake `poll()`: writers put a byte in, the event loop drains it.
///
/// Writing is async-signal-safe and thread-safe (`write(2)` of one byte); a full pipe means a wake-up is already
/// pending, so the lost byte does not matter.
final class SelfPipe: Sendable {
    /// The end `poll()` watches.
    let readDescriptor: Int32
    /// The end writers use.
    let writeDescriptor: Int32

    /// Opens the pipe, both ends non-blocking and closed on exec.
    init() throws(TerminalError) {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else {
            throw .systemCall("pipe", errno: errno)
        }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    /// Writes one byte.
    func signal(_ byte: UInt8 = 1) {
        var value = byte
        _ = write(writeDescriptor, &value, 1)
    }

    /// Reads everything pending and returns it.
    func drain() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(readDescriptor, $0.baseAddress, $0.count) }
            if count <= 0 {
                return bytes
            }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }
}
