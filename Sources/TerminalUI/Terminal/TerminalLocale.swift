import CCurses
import Glibc

/// The user's locale, which decides whether the screen may use Unicode.
public enum TerminalLocale {
    /// Adopts the user's locale (`setlocale(LC_ALL, "")`), as curses needs before it starts, and reports whether
    /// its character set is UTF-8. Anything else (for example `LANG=C`) means the ASCII fallback.
    ///
    /// Call it once, first thing, before the terminal starts.
    public static func adoptUserLocale() -> Bool {
        _ = setlocale(LC_ALL, "")
        guard let codeset = dt_codeset() else {
            return false
        }
        let name = String(cString: codeset).lowercased().filter { $0 != "-" }
        return name == "utf8"
    }
}
