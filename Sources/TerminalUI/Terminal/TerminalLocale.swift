import CCurses
import Glibc

/// The user's locale, which decides whether the screen may use Unicode.
public enum TerminalLocale {
    /// Adopts the user's locale (`setlocale(LC_ALL, "")`), as curses needs before it starts, and reports whether
    /// its character set is UTF-8. Anything else (for example `LANG=C`) means the ASCII fallback.
    ///
    /// Numbers stay in the C locale (`LC_NUMERIC`), so no C library parses or prints `1,5` for `1.5` because of
    /// the user's language. Call it once, first thing, before the terminal starts.
    public static func adoptUserLocale() -> Bool {
        _ = setlocale(LC_ALL, "")
        _ = setlocale(LC_NUMERIC, "C")
        guard let codeset = dt_codeset() else {
            return false
        }
        let name = String(cString: codeset).lowercased().filter { $0 != "-" }
        return name == "utf8"
    }
}
