/// What a style looks like on the terminal: colours plus emphasis.
public struct TextAttributes: Hashable, Sendable {
    /// Emphasis flags that do not need colour (they survive monochrome).
    public struct Emphasis: OptionSet, Hashable, Sendable {
        /// The bit set.
        public let rawValue: UInt8

        /// Creates emphasis from raw bits.
        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        /// Bold (or bright) text.
        public static let bold = Emphasis(rawValue: 1 << 0)
        /// Dim text.
        public static let dim = Emphasis(rawValue: 1 << 1)
        /// Underlined text.
        public static let underline = Emphasis(rawValue: 1 << 2)
        /// Foreground and background swapped.
        public static let reverse = Emphasis(rawValue: 1 << 3)
        /// Italic text (many terminals ignore it).
        public static let italic = Emphasis(rawValue: 1 << 4)

        /// The emphasis names used in theme files, in a stable order.
        public static let names: [(String, Emphasis)] = [
            ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse), ("italic", .italic),
        ]
    }

    /// The foreground colour.
    public var foreground: ThemeColor
    /// The background colour.
    public var background: ThemeColor
    /// Bold, dim, underline, reverse, italic.
    public var emphasis: Emphasis

    /// Creates attributes; everything defaults to the terminal's own colours and no emphasis.
    public init(
        foreground: ThemeColor = .terminalDefault,
        background: ThemeColor = .terminalDefault,
        emphasis: Emphasis = []
    ) {
        self.foreground = foreground
        self.background = background
        self.emphasis = emphasis
    }

    /// The terminal's default colours with no emphasis.
    public static let plain = TextAttributes()

    /// These attributes as a terminal with `colorCount` colours can show them.
    ///
    /// On an 8-colour terminal a bright foreground becomes its basic colour plus bold, so the difference stays
    /// visible. With fewer than 8 colours only the emphasis remains.
    public func reduced(toColorCount colorCount: Int) -> TextAttributes {
        var result = TextAttributes(
            foreground: foreground.reduced(toColorCount: colorCount),
            background: background.reduced(toColorCount: colorCount),
            emphasis: emphasis
        )
        if foreground.losesBrightness(atColorCount: colorCount) {
            result.emphasis.insert(.bold)
        }
        return result
    }
}
