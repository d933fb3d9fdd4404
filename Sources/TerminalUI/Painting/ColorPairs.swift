import CCurses
import ScreenKit

/// Turns theme styles into curses looks, allocating colour pairs on demand and remembering them.
///
/// Pairs come from `alloc_pair` (ncurses 6.1+), which also finds an existing pair for the same colours; the
/// cache keeps repeated paints from calling curses at all. `alloc_pair` recycles the oldest pair when the
/// terminal runs out, which would repaint cached styles in the wrong colours, so allocation stops one short of
/// the terminal's pair count and further colour combinations fall back to the default colours (keeping their
/// emphasis). With no colours (`colorCount` 0) every style gets pair 0 and keeps only its emphasis, as the
/// NO_COLOR guidance asks.
struct ColorPairs {
    /// The usable colour count: 0, 8, 16 or 256.
    let colorCount: Int
    /// The theme styles resolve through.
    let theme: Theme
    /// The most pairs allocated, below the terminal's `COLOR_PAIRS` (pair 0 is the default pair).
    private let pairLimit: Int
    /// Looks already worked out, by style.
    private var looks: [StyleName: CellLook] = [:]
    /// Pairs handed out so far.
    private var allocated: Set<Int16> = []

    /// Creates an empty cache for a theme on a terminal with `colorCount` colours and `pairCount` colour pairs.
    init(theme: Theme, colorCount: Int, pairCount: Int) {
        self.theme = theme
        self.colorCount = colorCount
        pairLimit = max(0, min(pairCount, Int(Int16.max)) - 1)
    }

    /// The look for a style, allocating its colour pair the first time.
    mutating func look(for style: StyleName) -> CellLook {
        if let look = looks[style] {
            return look
        }
        let resolved = theme.attributes(for: style, colorCount: colorCount)
        let look = CellLook(attributes: Self.cursesAttributes(resolved.emphasis), pair: pair(for: resolved))
        looks[style] = look
        return look
    }

    /// The colour pair for resolved attributes; 0 for the terminal's defaults, without colours, or when the
    /// terminal has no pair left.
    private mutating func pair(for attributes: TextAttributes) -> Int16 {
        guard colorCount > 0 else {
            return 0
        }
        let foreground = Int32(attributes.foreground.cursesNumber)
        let background = Int32(attributes.background.cursesNumber)
        if foreground < 0, background < 0 {
            return 0
        }
        let existing = find_pair(foreground, background)
        if existing > 0, existing <= Int32(Int16.max) {
            return Int16(existing)
        }
        guard allocated.count < pairLimit else {
            return 0
        }
        let pair = alloc_pair(foreground, background)
        guard pair > 0, pair <= Int32(Int16.max) else {
            return 0
        }
        allocated.insert(Int16(pair))
        return Int16(pair)
    }

    /// The curses attribute bits for an emphasis set.
    private static func cursesAttributes(_ emphasis: TextAttributes.Emphasis) -> attr_t {
        var bits = dt_a_normal()
        if emphasis.contains(.bold) {
            bits |= dt_a_bold()
        }
        if emphasis.contains(.dim) {
            bits |= dt_a_dim()
        }
        if emphasis.contains(.underline) {
            bits |= dt_a_underline()
        }
        if emphasis.contains(.reverse) {
            bits |= dt_a_reverse()
        }
        if emphasis.contains(.italic) {
            bits |= dt_a_italic()
        }
        return bits
    }
}
