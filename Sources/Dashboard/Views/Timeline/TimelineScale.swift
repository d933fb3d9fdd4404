import Foundation

/// The time axis of the Timeline tab: `width` cells from `start` to `end`, with ticks at a nice step.
struct TimelineScale: Hashable, Sendable {
    /// The steps ticks may take, smallest first: 100 ms up to a week.
    static let steps: [TimeInterval] = [
        0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1_800, 3_600, 7_200, 21_600, 43_200, 86_400, 172_800,
        604_800,
    ]
    /// The fewest cells between two ticks, so their labels (`1m30s`) fit between them.
    static let minimumTickSpacing = 8

    /// The time at the axis's left edge.
    var start: Date
    /// The seconds the axis covers (never zero).
    var span: TimeInterval
    /// The cells the axis covers.
    var width: Int

    /// An axis of `width` cells from `start` to `end`.
    init(start: Date, end: Date, width: Int) {
        self.start = start
        self.span = max(end.timeIntervalSince(start), 0.001)
        self.width = max(1, width)
    }

    /// Where a moment falls, in cells from the left edge (fractional, not clamped).
    func position(of date: Date) -> Double {
        date.timeIntervalSince(start) / span * Double(width)
    }

    /// The smallest nice step whose ticks lie at least ``minimumTickSpacing`` cells apart; past the largest nice
    /// step (a history spanning months, or a host date far off), whole days that far apart, so a frame never
    /// draws more ticks than fit.
    var step: TimeInterval {
        let secondsPerCell = span / Double(width)
        for step in Self.steps where step / secondsPerCell >= Double(Self.minimumTickSpacing) {
            return step
        }
        let days = (secondsPerCell * Double(Self.minimumTickSpacing) / 86_400).rounded(.up)
        return max(Self.steps[Self.steps.count - 1], days * 86_400)
    }

    /// The ticks: their offset from the start and their column, up to the right edge.
    var ticks: [(offset: TimeInterval, column: Int)] {
        let step = step
        var ticks: [(offset: TimeInterval, column: Int)] = []
        var index = 0
        while true {
            let offset = Double(index) * step
            let column = Int((offset / span * Double(width)).rounded(.down))
            guard column < width else {
                break
            }
            ticks.append((offset, column))
            index += 1
        }
        return ticks
    }

    /// A tick's label: `0s`, `500ms`, `1.5s`, `30s`, `1m30s`, `2h`, `1d12h`.
    static func label(_ offset: TimeInterval) -> String {
        let milliseconds = Int((offset * 1_000).rounded())
        if milliseconds < 1_000 && milliseconds > 0 {
            return "\(milliseconds)ms"
        }
        if milliseconds % 1_000 != 0 {
            return "\(milliseconds / 1_000).\(milliseconds % 1_000 / 100)s"
        }
        let seconds = milliseconds / 1_000
        let units: [(size: Int, suffix: String)] = [(86_400, "d"), (3_600, "h"), (60, "m"), (1, "s")]
        var text = ""
        var rest = seconds
        for unit in units where rest >= unit.size {
            text += "\(rest / unit.size)\(unit.suffix)"
            rest %= unit.size
        }
        return text.isEmpty ? "0s" : text
    }
}
