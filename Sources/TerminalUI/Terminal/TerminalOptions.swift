import Glibc

/// How the terminal layer drives the screen, decided once from the command line and the environment.
public struct TerminalOptions: Sendable {
    /// Whether colours may be used (`false` for `--no-color` or `NO_COLOR`): then only bold, dim, underline,
    /// reverse and italic are painted.
    public var colorsAllowed: Bool
    /// How long a lone Esc waits for the rest of an escape sequence, in milliseconds.
    ///
    /// Lower feels snappier; too low splits arrow keys on a jittery link. The `ESCDELAY` environment variable,
    /// as curses programs read it, overrides the default.
    public var escapeDelayMilliseconds: Int

    /// Creates options; by default colours are allowed and Esc waits 25 ms (or `ESCDELAY`).
    public init(colorsAllowed: Bool = true, escapeDelayMilliseconds: Int? = nil) {
        self.colorsAllowed = colorsAllowed
        self.escapeDelayMilliseconds = escapeDelayMilliseconds ?? Self.environmentEscapeDelay() ?? 25
    }

    /// The `ESCDELAY` environment variable, when it holds a sensible number of milliseconds.
    private static func environmentEscapeDelay() -> Int? {
        guard let text = getenv("ESCDELAY").map({ String(cString: $0) }), let value = Int(text),
            value >= 0, value <= 10_000
        else {
            return nil
        }
        return value
    }
}
