import HubKit
import ScreenKit

/// The Timeline tab's legend line: each glyph in its style, and what the span means.
enum TimelineLegend {
    /// The text after the glyphs: over HTTP queue wait and run time cannot be told apart (DfMon #23).
    static let spanNote = "span: scheduled \u{2192} completed"

    /// The style of a bar that did not fail.
    static func style(of kind: TimelineBar.Kind) -> StyleName {
        switch kind {
        case .activity: .timelineActivity
        case .timer: .timelineTimer
        case .subOrchestration: .timelineSubOrchestration
        case .externalEvent: .timelineEvent
        }
    }

    /// The samples, in order: glyph, style, word.
    static let samples: [(glyph: Character, style: StyleName, word: String)] = [
        (TimelineGlyphs.full, style(of: .activity), "activity"),
        (TimelineGlyphs.timer, style(of: .timer), "timer"),
        (TimelineGlyphs.full, style(of: .subOrchestration), "sub-orch"),
        (TimelineGlyphs.event, style(of: .externalEvent), "event"),
        (TimelineGlyphs.full, .statusFailed, "failed"),
    ]

    /// Draws the legend on a row: what the span means first, so a narrow screen cuts the samples instead.
    static func draw(into grid: inout Grid, row: Int) {
        var column = grid.put(spanNote, row: row, column: 0, style: .tableDim)
        for sample in samples {
            column = grid.put("  ", row: row, column: column, style: .tableDim)
            column = grid.put(String(sample.glyph), row: row, column: column, style: sample.style)
            column = grid.put(" " + sample.word, row: row, column: column, style: .tableDim)
        }
    }
}
