import CCurses
import Glibc

@testable import TerminalUI

/// A curses screen started for a test on the streams it is given, in a UTF-8 locale as
/// `TerminalLocale.adoptUserLocale()` leaves the real one, and made the current screen; ending it closes the streams.
final class CursesScreen {
    /// The standard window of the screen.
    let window: UnsafeMutablePointer<WINDOW>
    private let screen: OpaquePointer
    private let input: UnsafeMutablePointer<FILE>
    private let output: UnsafeMutablePointer<FILE>

    /// Starts curses for the terminal type `type`, reading `input` and writing `output`; takes both streams over.
    init(type: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>) throws {
        _ = setlocale(LC_ALL, "C.UTF-8")
        self.input = input
        self.output = output
        guard let screen = newterm(type, output, input) else {
            fclose(input)
            fclose(output)
            throw PseudoTerminalError.unknownTerminal(type)
        }
        self.screen = screen
        _ = set_term(screen)
        guard let window = dt_stdscr() else {
            throw PseudoTerminalError.unknownTerminal(type)
        }
        self.window = window
    }

    deinit {
        _ = endwin()
        delscreen(screen)
        fclose(input)
        fclose(output)
    }
}
