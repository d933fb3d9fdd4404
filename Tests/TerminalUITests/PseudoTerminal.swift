import CCurses
import Foundation
import Glibc

@testable import TerminalUI

/// A curses screen on a pseudo-terminal, set up for input as ``Terminal`` sets up the real one (raw, no echo,
/// keypad decoding, no waiting, the escape delay), so tests can write bytes to the terminal side and read what
/// ``KeyDecoder`` makes of them. One at a time: curses keeps global state.
final class PseudoTerminal {
    private let master: Int32
    private let slave: Int32
    private let screen: CursesScreen
    private let reader: InputReader

    /// Opens a pseudo-terminal and starts curses on it for the terminal type `type`.
    init(type: String, escapeDelay: Int = 25) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else {
            throw PseudoTerminalError.openFailed
        }
        self.master = master
        self.slave = slave
        guard let input = fdopen(slave, "r"), let output = fdopen(dup(slave), "w") else {
            throw PseudoTerminalError.openFailed
        }
        screen = try CursesScreen(type: type, output: output, input: input)
        reader = InputReader(window: screen.window)
        Terminal.configureInput(of: screen.window, escapeDelay: escapeDelay)
        drainOutput()
    }

    deinit {
        close(master)
    }

    /// Writes bytes as the terminal would send them when keys are pressed.
    func type(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Writes `first`, then `rest` after `pause` from another thread, while the keys are being read.
    func type(_ first: [UInt8], then rest: [UInt8], after pause: Duration) -> [DecodedInput] {
        type(first)
        let master = self.master
        let thread = Thread {
            Thread.sleep(forTimeInterval: Double(pause.components.attoseconds) / 1e18)
            _ = rest.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }
        thread.start()
        return read()
    }

    /// Reads and decodes everything typed, as the event loop does (wait for input, then read until nothing is
    /// left), until no input has come for `quiet`.
    func read(quiet: Int32 = 150) -> [DecodedInput] {
        var decoded: [DecodedInput] = []
        var descriptor = pollfd(fd: slave, events: Int16(POLLIN), revents: 0)
        while poll(&descriptor, 1, quiet) > 0 {
            while let raw = reader.next() {
                decoded.append(KeyDecoder.decode(raw, next: reader.next))
            }
            drainOutput()
        }
        return decoded.filter { $0 != .ignored }
    }

    /// Reads and throws away what curses wrote to the terminal side, so the pseudo-terminal never fills up.
    private func drainOutput() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        while poll(&descriptor, 1, 0) > 0, (descriptor.revents & Int16(POLLIN)) != 0 {
            if buffer.withUnsafeMutableBytes({ Glibc.read(master, $0.baseAddress, $0.count) }) <= 0 {
                return
            }
        }
    }
}

/// A pseudo-terminal could not be set up.
enum PseudoTerminalError: Error {
    /// `openpty` or `fdopen` failed.
    case openFailed
    /// curses does not know the terminal type.
    case unknownTerminal(String)
}
