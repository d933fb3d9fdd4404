import DurableAPI
import Foundation
import Testing

@testable import HubKit

@Suite("Orchestrator stats")
struct OrchestratorStatsTests {
    @Test("counts per status, total and failure rate over finished runs")
    func counts() throws {
        var rows = (0..<6).map { TestHub.completed("c\($0)", duration: 60) }
        rows += (0..<2).map { TestHub.failed("f\($0)", "boom", failedAgo: 100) }
        rows += [
            TestHub.instance("t", .terminated, age: 500),
            TestHub.instance("r", .running, age: 500),
            TestHub.instance("p", .pending, age: 10),
            TestHub.instance("x", .running, name: "Other", age: 10),
            TestHub.instance("n", .completed, name: nil, age: 10),
        ]
        let stats = TestHub.analyze(rows).orchestrators
        #expect(stats.map(\.name) == [OrchestratorStats.unnamed, "Other", "ProcessOrder"])
        let orders = try #require(stats.last)
        #expect(orders.count(of: .completed) == 6)
        #expect(orders.count(of: .failed) == 2)
        #expect(orders.count(of: .suspended) == 0)
        #expect(orders.total == 11)
        #expect(orders.finished == 9)
        #expect(orders.failureRate == 2.0 / 9.0)
        #expect(stats[1].failureRate == nil)
    }

    @Test("p50 and p95 of completed runs by nearest rank; nil without completed runs")
    func percentiles() {
        let rows =
            (1...20).map { TestHub.completed("c\($0)", duration: Double($0)) } + [
                TestHub.failed("f", "boom", name: "Slow", failedAgo: 10)
            ]
        let stats = TestHub.analyze(rows).orchestrators
        #expect(stats.first { $0.name == "ProcessOrder" }?.p50 == 10)
        #expect(stats.first { $0.name == "ProcessOrder" }?.p95 == 19)
        #expect(stats.first { $0.name == "Slow" }?.p50 == nil)
        #expect(OrchestratorTally.percentile(0.5, ofSorted: [7]) == 7)
        #expect(OrchestratorTally.percentile(0.95, ofSorted: []) == nil)
    }

    @Test("a tally kept as runs come and go gives the counts, percentiles and starts of its runs now")
    func keptTally() {
        var random = SplitMix(seed: 3)
        var held: [AnalysisMember] = []
        var tally = OrchestratorTally()
        for step in 0..<600 {
            if step % 3 == 2, !held.isEmpty {
                tally.remove(held.remove(at: Int(random.next() % UInt64(held.count))))
                continue
            }
            let completed = random.next() % 2 == 0
            let member = AnalysisMember(
                name: 0,
                status: completed ? .completed : .running,
                created: TestHub.now.addingTimeInterval(-Double(random.next() % 86_000)),
                completedDuration: completed ? Double(random.next() % 37) : nil,
                cluster: nil
            )
            held.append(member)
            tally.add(member)
        }
        var fresh = OrchestratorTally()
        for member in held.shuffled(using: &random) {
            fresh.add(member)
        }
        let kept = tally.stats(name: "ProcessOrder", window: TestHub.window)
        #expect(kept == fresh.stats(name: "ProcessOrder", window: TestHub.window))
        let durations = held.compactMap(\.completedDuration).sorted()
        let rank = Int((0.95 * Double(durations.count)).rounded(.up))
        #expect(kept.p95 == durations[rank - 1])
        #expect(kept.total == held.count)
        #expect(kept.starts.counts.reduce(0, +) == held.count)
    }

    @Test("starts are counted per hour of the 24-hour window")
    func starts() {
        let rows = [
            TestHub.instance("a", .running, age: 86_000),
            TestHub.instance("b", .running, age: 1_800),
            TestHub.instance("c", .pending, age: 60),
        ]
        let starts = TestHub.analyze(rows).orchestrators[0].starts
        #expect(starts.bucketWidth == 3_600)
        #expect(starts.counts.count == 24)
        #expect(starts.counts[0] == 1)
        #expect(starts.counts[23] == 2)
    }

    @Test("long windows get coarser buckets, at most 200")
    func coarseBuckets() {
        let month = DateInterval(start: TestHub.now.addingTimeInterval(-30 * 86_400), end: TestHub.now)
        #expect(OrchestratorStats.startsBucketWidth(for: month) == 4 * 3_600)
        #expect(
            Histogram(covering: month, bucketWidth: OrchestratorStats.startsBucketWidth(for: month)).counts.count == 180
        )
        let hour = DateInterval(start: TestHub.now.addingTimeInterval(-3_600), end: TestHub.now)
        #expect(OrchestratorStats.startsBucketWidth(for: hour) == 3_600)
    }
}
