/// Counts drawn as a row of eighth-height bars (`▁▂▃▄▅▆▇█`, U+2581…U+2588), one column per count.
///
/// Each count is scaled to the largest: the largest is a full block, any other non-zero count at least the lowest
/// bar, and zero a space, so a quiet stretch reads as empty. To fit a width, pass counts already resampled to it
/// (HubKit's `Histogram.resampled(to:)`). On an ASCII screen the grid draws the bars as `_ - = #`
/// (``ASCIIGlyphs``).
public enum Sparkline {
    /// The bars from lowest to full, U+2581…U+2588.
    public static let bars: [Character] = [
        "\u{2581}", "\u{2582}", "\u{2583}", "\u{2584}", "\u{2585}", "\u{2586}", "\u{2587}", "\u{2588}",
    ]

    /// One column per value: a space for zero (and for negative values), else a bar scaled to the largest value.
    public static func text(_ values: [Double]) -> String {
        let largest = values.max() ?? 0
        var text = ""
        text.reserveCapacity(values.count * 3)
        for value in values {
            guard value > 0 else {
                text.append(" ")
                continue
            }
            let level = min(bars.count, max(1, Int((value * Double(bars.count) / largest).rounded(.up))))
            text.append(bars[level - 1])
        }
        return text
    }
}
