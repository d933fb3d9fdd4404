/// The one table of what a glyph becomes on an ASCII-only screen (a non-UTF-8 locale, or `--ascii`).
///
/// Views always draw the Unicode glyph; the grid, which knows once per session whether the screen is ASCII-only,
/// swaps it for its ASCII form here. A character the table does not know is drawn as `?`.
public enum ASCIIGlyphs {
    /// The ASCII form of `scalar`, or `nil` when the table has none.
    public static func fallback(for scalar: Unicode.Scalar) -> String? {
        table[scalar.value]
    }

    private static let table: [UInt32: String] = [
        0x2026: "...",  // … ellipsis
        0x00D7: "x",  // × times
        0x00B7: ".",  // · middle dot
        0x00BB: ">",  // » running
        0x203A: ">",  // › breadcrumb separator
        0x2022: "*",  // • bullet
        0x2013: "-",  // – en dash
        0x2014: "-",  // — em dash
        0x2018: "'", 0x2019: "'", 0x201C: "\"", 0x201D: "\"",
        0x2190: "<-", 0x2192: "->", 0x2191: "^", 0x2193: "v",  // arrows
        0x25B6: ">",  // ▶ Running
        0x25CC: ".",  // ◌ Pending
        0x2713: "+",  // ✓ Completed, done
        0x2717: "x",  // ✗ Failed
        0x25A0: "#",  // ■ Terminated
        0x2298: "-",  // ⊘ Canceled
        0x2016: "=",  // ‖ Suspended
        0x21BB: "~",  // ↻ ContinuedAsNew
        0x2500: "-", 0x2502: "|", 0x250C: "+", 0x2510: "+", 0x2514: "+", 0x2518: "+",  // box drawing
        0x2581: "_", 0x2582: "_", 0x2583: "-", 0x2584: "-",  // ▁▂▃▄ sparkline bars, graded
        0x2585: "=", 0x2586: "=", 0x2587: "#", 0x2588: "#",  // ▅▆▇█, █ also a timeline bar
        0x2589: "#", 0x258A: "#", 0x258B: "#", 0x258C: "#", 0x258D: "#", 0x258E: "#", 0x258F: "#",  // ▉…▏ timeline bars
    ]
}
