/// A colour as a theme names it: the terminal's default, one of the 16 ANSI colours, or a 256-palette index.
///
/// The 16 ANSI names let the user's terminal palette decide the real colours.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background (curses colour `-1`).
    case terminalDefault
    /// One of the 16 ANSI colours.
    case ansi(ANSIColor)
    /// An index into the 256-colour palette.
    case palette(UInt8)

    /// The 16 ANSI colour names, numbered as terminals number them (0–15).
    public enum ANSIColor: Int, CaseIterable, Hashable, Sendable {
        /// ANSI 0.
        case black
        /// ANSI 1.
        case red
        /// ANSI 2.
        case green
        /// ANSI 3.
        case yellow
        /// ANSI 4.
        case blue
        /// ANSI 5.
        case magenta
        /// ANSI 6.
        case cyan
        /// ANSI 7.
        case white
        /// ANSI 8 (often rendered grey).
        case brightBlack
        /// ANSI 9.
        case brightRed
        /// ANSI 10.
        case brightGreen
        /// ANSI 11.
        case brightYellow
        /// ANSI 12.
        case brightBlue
        /// ANSI 13.
        case brightMagenta
        /// ANSI 14.
        case brightCyan
        /// ANSI 15.
        case brightWhite

        /// The name used in theme files, for example `bright-red`.
        public var themeName: String {
            let names = [
                "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
                "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
                "bright-cyan", "bright-white",
            ]
            return names[rawValue]
        }

        /// The matching colour among the first eight (bright colours lose their brightness).
        public var basic: ANSIColor {
            ANSIColor(rawValue: rawValue % 8) ?? .white
        }
    }

    /// The curses colour number: `-1` for the terminal default, 0–15 for ANSI colours, 0–255 for the palette.
    public var cursesNumber: Int {
        switch self {
        case .terminalDefault: -1
        case .ansi(let color): color.rawValue
        case .palette(let index): Int(index)
        }
    }

    /// The closest colour a terminal with `colorCount` colours can show.
    ///
    /// - 256 or more: unchanged.
    /// - 16: palette indexes above 15 become the nearest ANSI colour.
    /// - 8: as for 16, then bright colours become their basic colour (callers may add bold instead).
    /// - fewer than 8: the terminal default.
    public func reduced(toColorCount colorCount: Int) -> ThemeColor {
        if colorCount >= 256 {
            return self
        }
        if colorCount < 8 {
            return .terminalDefault
        }
        let sixteen: ThemeColor
        switch self {
        case .terminalDefault:
            return .terminalDefault
        case .ansi:
            sixteen = self
        case .palette(let index):
            sixteen = .ansi(Self.nearestANSI(toPaletteIndex: index))
        }
        guard colorCount < 16, case .ansi(let color) = sixteen else {
            return sixteen
        }
        return .ansi(color.basic)
    }

    /// Whether reducing to `colorCount` colours turned a bright colour into its basic one.
    public func losesBrightness(atColorCount colorCount: Int) -> Bool {
        guard colorCount >= 8, colorCount < 16 else {
            return false
        }
        switch reduced(toColorCount: 16) {
        case .ansi(let color): return color.rawValue >= 8
        default: return false
        }
    }

    /// The nearest of the 16 ANSI colours to an xterm 256-palette entry.
    static func nearestANSI(toPaletteIndex index: UInt8) -> ANSIColor {
        if index < 16 {
            return ANSIColor(rawValue: Int(index)) ?? .white
        }
        let rgb = paletteRGB(index)
        var best = ANSIColor.white
        var bestDistance = Int.max
        for color in ANSIColor.allCases {
            let reference = ansiRGB[color.rawValue]
            let dr = rgb.0 - reference.0
            let dg = rgb.1 - reference.1
            let db = rgb.2 - reference.2
            let distance = dr * dr + dg * dg + db * db
            if distance < bestDistance {
                bestDistance = distance
                best = color
            }
        }
        return best
    }

    /// The xterm RGB value of a palette index of 16 or more (6×6×6 cube, then the grey ramp).
    static func paletteRGB(_ index: UInt8) -> (Int, Int, Int) {
        let value = Int(index)
        if value >= 232 {
            let level = 8 + (value - 232) * 10
            return (level, level, level)
        }
        let cube = value - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
    }

    /// Typical xterm RGB values of the 16 ANSI colours, used only to pick the nearest one.
    private static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255),
        (0, 255, 255), (255, 255, 255),
    ]
}
