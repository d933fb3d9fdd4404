import DurableAPI
import Foundation
import Testing

@testable import HubKit

@Suite("Attention queue")
struct AttentionTests {
    static func reasons(_ analysis: HubAnalysis) -> [String: AttentionReason] {
        Dictionary(uniqueKeysWithValues: analysis.attention.map { ($0.instanceID, $0.reason) })
    }

    @Test("Pending past the threshold is listed with its text; younger Pending is not")
    func pending() {
        let analysis = TestHub.analyze([
            TestHub.instance("old", .pending, age: 7_500),
            TestHub.instance("young", .pending, age: 120),
        ])
        #expect(analysis.attention.map(\.instanceID) == ["old"])
        #expect(analysis.attention[0].reason.text(now: TestHub.now) == "Pending 2h 05m, never started")
        #expect(analysis.attention[0].since == TestHub.now.addingTimeInterval(-7_500))
    }

    @Test("stalled uses 3 × the orchestrator's own p95, with a 15-minute floor")
    func stalled() {
        var rows = (1...20).map { TestHub.completed("c\($0)", name: "Slow", duration: Double($0) * 600) }
        rows += (1...20).map { TestHub.completed("q\($0)", name: "Quick", duration: 10) }
        rows += [
            TestHub.instance("slow-ok", .running, name: "Slow", age: 40_000, updatedAgo: 30_000),
            TestHub.instance("slow-stuck", .running, name: "Slow", age: 40_000, updatedAgo: 36_500),
            TestHub.instance("quick-ok", .running, name: "Quick", age: 2_000, updatedAgo: 800),
            TestHub.instance("quick-stuck", .continuedAsNew, name: "Quick", age: 2_000, updatedAgo: 1_000),
            TestHub.instance("new-stuck", .running, name: "Unknown", age: 2_000, updatedAgo: 1_000),
        ]
        let analysis = TestHub.analyze(rows)
        let reasons = Self.reasons(analysis)
        #expect(Set(reasons.keys) == ["slow-stuck", "quick-stuck", "new-stuck"])
        #expect(
            reasons["slow-stuck"] == .stalled(lastUpdate: TestHub.now.addingTimeInterval(-36_500), usualP95: 11_400)
        )
        #expect(reasons["quick-stuck"]?.text(now: TestHub.now) == "no update for 16m 40s (usual p95 10s)")
        #expect(reasons["new-stuck"]?.text(now: TestHub.now) == "no update for 16m 40s (no completed run to compare)")
    }

    @Test("Suspended for longer than the threshold is listed")
    func suspended() {
        let analysis = TestHub.analyze([
            TestHub.instance("long", .suspended, age: 20_000, updatedAgo: 18_000),
            TestHub.instance("short", .suspended, age: 20_000, updatedAgo: 600),
        ])
        #expect(analysis.attention.map(\.instanceID) == ["long"])
        #expect(analysis.attention[0].reason.text(now: TestHub.now) == "Suspended for 5h")
    }

    @Test("a recent burst lists each of its failures; an old or small one does not")
    func burst() {
        var rows = (0..<8).map { TestHub.failed("b\($0)", "Card \($0) declined", failedAgo: 30 + Double($0) * 45) }
        rows += (0..<8).map { TestHub.failed("old\($0)", "Disk full", failedAgo: 3_600 + Double($0)) }
        rows += (0..<4).map { TestHub.failed("few\($0)", "Certificate expired", failedAgo: 10) }
        rows.append(TestHub.failed("late", "Card 1 declined", failedAgo: 30 + 700))
        let analysis = TestHub.analyze(rows)
        #expect(Set(analysis.attention.map(\.instanceID)) == Set((0..<8).map { "b\($0)" }))
        #expect(analysis.attention.allSatisfy { $0.runtimeStatus == .failed })
        #expect(
            analysis.attention[0].reason.text(now: TestHub.now)
                == "burst: 8 failures in 5m 15s of \"Card <n> declined\""
        )
    }

    @Test("healthy instances are never listed")
    func healthy() {
        let analysis = TestHub.analyze([
            TestHub.instance("done", .completed, age: 90_000 - 10_000),
            TestHub.instance("running", .running, age: 600, updatedAgo: 30),
            TestHub.instance("gone", .terminated, age: 50_000),
            TestHub.instance("canceled", .canceled, age: 50_000),
            TestHub.failed("lonely", "boom", failedAgo: 10),
            TestHub.instance("@entity@key", .running, name: "entity", age: 80_000),
        ])
        #expect(analysis.attention.isEmpty)
    }

    @Test("thresholds are respected: tighter limits list more")
    func thresholds() {
        let rows = [
            TestHub.instance("p", .pending, age: 120),
            TestHub.instance("s", .suspended, age: 2_000, updatedAgo: 1_200),
            TestHub.instance("r", .running, age: 2_000, updatedAgo: 400),
        ]
        var tight = AttentionThresholds.standard
        tight.pending = 60
        tight.suspended = 600
        tight.stalledFloor = 300
        #expect(TestHub.analyze(rows).attention.isEmpty)
        #expect(Set(TestHub.analyze(rows, thresholds: tight).attention.map(\.instanceID)) == ["p", "s", "r"])
        #expect(AttentionThresholds.standard.stalledLimit(p95: nil) == 900)
        #expect(AttentionThresholds.standard.stalledLimit(p95: 100) == 900)
        #expect(AttentionThresholds.standard.stalledLimit(p95: 1_000) == 3_000)
    }

    @Test("the queue is ordered burst, pending, stalled, suspended, then longest waiting first")
    func order() {
        var rows = (0..<5).map { TestHub.failed("burst\($0)", "boom", failedAgo: 60 + Double($0)) }
        rows += [
            TestHub.instance("suspended", .suspended, age: 90_000 - 9_000, updatedAgo: 80_000),
            TestHub.instance("stalled", .running, age: 5_000, updatedAgo: 4_000),
            TestHub.instance("pending-new", .pending, age: 600),
            TestHub.instance("pending-old", .pending, age: 6_000),
        ]
        let ids = TestHub.analyze(rows).attention.map(\.instanceID)
        #expect(
            ids == [
                "burst4", "burst3", "burst2", "burst1", "burst0", "pending-old", "pending-new", "stalled", "suspended",
            ]
        )
    }
}
