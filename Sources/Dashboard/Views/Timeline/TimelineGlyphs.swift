import HubKit

/// The glyphs of one Timeline row's bar: eighth blocks for work, a line for timers, a dot for events.
enum TimelineGlyphs {
    /// The full block.
    static let full: Character = "\u{2588}"
    /// Left blocks of 1/8 to 7/8 of a cell, by eighths (index 0 is unused).
    static let partial: [Character] = [
        " ", "\u{258F}", "\u{258E}", "\u{258D}", "\u{258C}", "\u{258B}", "\u{258A}", "\u{2589}",
    ]
    /// A timer's line.
    static let timer: Character = "\u{2500}"
    /// An external event's marker.
    static let event: Character = "\u{2022}"

    /// The first cell and the text of a bar from cell position `from` to `to` on an axis of `width` cells.
    /// Work starts on the cell it begins in and ends to the eighth; every bar shows at least one cell.
    static func bar(kind: TimelineBar.Kind, from: Double, to: Double, width: Int) -> (column: Int, text: String) {
        let column = max(0, min(width - 1, Int(from.rounded(.down))))
        let room = width - column
        switch kind {
        case .externalEvent:
            return (column, String(event))
        case .timer:
            let cells = max(1, min(room, Int((to - Double(column)).rounded())))
            return (column, String(repeating: timer, count: cells))
        case .activity, .subOrchestration:
            let eighths = max(8, min(room * 8, Int(((to - Double(column)) * 8).rounded())))
            var text = String(repeating: full, count: eighths / 8)
            if eighths % 8 > 0 {
                text.append(partial[eighths % 8])
            }
            return (column, text)
        }
    }
}
