import Foundation
import Testing

@testable import Dashboard

@Suite("Timeline axis and glyphs")
struct TimelineScaleTests {
    @Test("the step is the smallest nice one whose ticks lie 8 cells apart")
    func steps() {
        let start = Date(timeIntervalSince1970: 0)
        #expect(TimelineScale(start: start, end: start.addingTimeInterval(240), width: 51).step == 60)
        #expect(TimelineScale(start: start, end: start.addingTimeInterval(240), width: 81).step == 30)
        #expect(TimelineScale(start: start, end: start.addingTimeInterval(0.3), width: 50).step == 0.1)
        let ticks = TimelineScale(start: start, end: start.addingTimeInterval(240), width: 51).ticks
        #expect(ticks.map(\.column) == [0, 12, 25, 38])
    }

    @Test("tick labels: 0s, 500ms, 1.5s, 30s, 1m30s, 2h, 1d12h")
    func labels() {
        #expect(
            [0, 0.5, 1.5, 30, 90, 7_200, 129_600].map(TimelineScale.label) == [
                "0s", "500ms", "1.5s", "30s", "1m30s", "2h", "1d12h",
            ]
        )
    }

    @Test("work ends to the eighth and shows at least one cell; timers draw a line, events one dot")
    func glyphs() {
        #expect(TimelineGlyphs.bar(kind: .activity, from: 2.3, to: 4.3, width: 10) == (2, "\u{2588}\u{2588}\u{258E}"))
        #expect(TimelineGlyphs.bar(kind: .subOrchestration, from: 3, to: 3.01, width: 10) == (3, "\u{2588}"))
        #expect(TimelineGlyphs.bar(kind: .activity, from: 8, to: 12, width: 10) == (8, "\u{2588}\u{2588}"))
        #expect(TimelineGlyphs.bar(kind: .timer, from: 1, to: 3.4, width: 10) == (1, "\u{2500}\u{2500}"))
        #expect(TimelineGlyphs.bar(kind: .externalEvent, from: 10, to: 10, width: 10) == (9, "\u{2022}"))
    }
}
