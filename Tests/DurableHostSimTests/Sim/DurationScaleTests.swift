import Foundation
import Testing

@testable import DurableHostSim

@Suite("Duration scale and clock")
struct DurationScaleTests {
    private let live = Date(timeIntervalSince1970: 1_714_554_000)

    @Test("Durations beginning once live are divided by the factor; earlier ones keep their length until then")
    func scaledFromStart() {
        let scale = DurationScale(factor: 20, start: live)
        #expect(scale.clockSeconds(60, beginningAt: live) == 3)
        #expect(scale.clockSeconds(60, beginningAt: live.addingTimeInterval(3600)) == 3)
        #expect(scale.clockSeconds(60, beginningAt: live.addingTimeInterval(-120)) == 60)
        #expect(scale.clockSeconds(60, beginningAt: live.addingTimeInterval(-20)) == 20 + 40.0 / 20)
    }

    @Test("No scale keeps every duration")
    func none() {
        #expect(DurationScale.none.clockSeconds(42, beginningAt: live) == 42)
        #expect(DurationScale.none.clockSeconds(42, beginningAt: .distantPast) == 42)
    }

    @Test("The wall clock reads real time and cannot be moved; the manual clock moves by advance(by:)")
    func clocks() {
        var wall = SimClock(mode: .wall)
        let before = Date()
        wall.advance(by: 3600)
        let read = wall.now()
        #expect(read >= before && read <= Date())
        #expect(wall.realDelay(until: Date().addingTimeInterval(-5)) == 0)

        var manual = SimClock(mode: .manual(now: live))
        manual.advance(by: 90)
        #expect(manual.now() == live.addingTimeInterval(90))
        #expect(manual.realDelay(until: live.addingTimeInterval(120)) == nil)
    }
}
