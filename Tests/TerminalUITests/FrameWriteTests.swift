import CCurses
import Glibc
import Testing

@testable import TerminalUI

extension CursesSuite {
    /// What `doupdate` hands the kernel for one frame, on a socket that keeps each write a message of its own.
    @Suite("A frame leaves in one write")
    struct FrameWriteTests {
        @Test("once the screen is batched, a change on 20 rows goes out as one write, not one per cursor move")
        func oneWritePerFrame() throws {
            let terminal = try SeqpacketTerminal()
            Terminal.batchOutput()
            terminal.drainMessages()
            for row in 0..<20 {
                _ = mvwaddnstr(terminal.window, Int32(row), Int32(row * 3 % 30), "row \(row)", -1)
            }
            _ = wnoutrefresh(terminal.window)
            _ = doupdate()
            let messages = terminal.drainMessages()
            #expect(messages.count == 1)
            #expect(messages.joined().contains(Array("row 19".utf8)))
        }
    }
}

/// A curses screen whose output is one end of a `SOCK_SEQPACKET` socket pair: each `write` curses makes arrives
/// at the other end as one message, so a test can count them.
private final class SeqpacketTerminal {
    private let reader: Int32
    private let screen: CursesScreen

    /// The standard window of the screen.
    var window: UnsafeMutablePointer<WINDOW> { screen.window }

    init() throws {
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue), 0, &pair) == 0,
            let output = fdopen(pair[0], "w"), let input = fopen("/dev/null", "r")
        else {
            throw PseudoTerminalError.openFailed
        }
        reader = pair[1]
        screen = try CursesScreen(type: "xterm", output: output, input: input)
    }

    deinit {
        close(reader)
    }

    /// The messages written since the last call, each as its bytes.
    @discardableResult
    func drainMessages() -> [[UInt8]] {
        var messages: [[UInt8]] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(reader, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count <= 0 {
                return messages
            }
            messages.append(Array(buffer[..<count]))
        }
    }
}
