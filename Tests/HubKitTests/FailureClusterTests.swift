import DurableAPI
import Foundation
import Testing

@testable import HubKit

@Suite("Failure clusters")
struct FailureClusterTests {
    static func charge(_ card: Int) -> String {
        "The activity function 'ChargeCard' failed: \"Card \(card) declined\"."
    }

    @Test("failures differing only in variable parts form one cluster, biggest first")
    func grouping() {
        let analysis = TestHub.analyze([
            TestHub.failed("a", Self.charge(4242), failedAgo: 300),
            TestHub.failed("b", Self.charge(1881), failedAgo: 100),
            TestHub.failed("c", Self.charge(7), failedAgo: 200),
            TestHub.failed("d", "System.TimeoutException: The operation has timed out.", failedAgo: 50),
        ])
        #expect(analysis.clusters.map(\.count) == [3, 1])
        let charge = analysis.clusters[0]
        #expect(charge.message == "The activity function 'ChargeCard' failed: \"Card <n> declined\".")
        #expect(charge.orchestrator == "ProcessOrder")
        #expect(charge.instanceIDs == ["b", "c", "a"])
        #expect(charge.lastSeen == TestHub.now.addingTimeInterval(-100))
        #expect(charge.firstSeen == TestHub.now.addingTimeInterval(-300))
        #expect(charge.sampleMessage == Self.charge(1881))
        #expect(analysis.clusters[1].message == "System.TimeoutException: The operation has timed out.")
    }

    @Test("one-off messages stay single, and the same message of another orchestrator is its own cluster")
    func oneOffs() {
        let analysis = TestHub.analyze([
            TestHub.failed("a", "Disk full on volume C", failedAgo: 10),
            TestHub.failed("b", "Certificate expired", failedAgo: 20),
            TestHub.failed("c", "Disk full on volume C", name: "ShipOrder", failedAgo: 30),
        ])
        #expect(analysis.clusters.count == 3)
        #expect(analysis.clusters.allSatisfy { $0.count == 1 })
        #expect(Set(analysis.clusters.map(\.orchestrator)) == ["ProcessOrder", "ShipOrder"])
    }

    @Test("a failure without text is in the no-message cluster; other statuses and entities are not clustered")
    func noMessage() {
        let analysis = TestHub.analyze([
            TestHub.failed("a", nil, failedAgo: 10),
            TestHub.instance("b", .completed, age: 100),
            TestHub.instance("@counter@x", .failed, name: "counter", age: 100, output: .string("boom")),
        ])
        #expect(analysis.clusters.count == 1)
        #expect(analysis.clusters[0].message == FailureMessage.missing)
        #expect(analysis.clusters[0].sampleMessage == nil)
    }

    @Test("occurrences count each failure in the bucket of its failure time")
    func occurrences() {
        let analysis = TestHub.analyze([
            TestHub.failed("a", "boom", failedAgo: 86_000),
            TestHub.failed("b", "boom", failedAgo: 30),
            TestHub.failed("c", "boom", failedAgo: 10),
        ])
        let histogram = analysis.clusters[0].occurrences
        #expect(histogram.counts.count == HubAnalyzer.clusterBuckets)
        #expect(histogram.counts.reduce(0, +) == 3)
        #expect(histogram.counts.first == 1)
        #expect(histogram.counts.last == 2)
    }

    @Test("instances created before the window are left out")
    func outsideWindow() {
        let analysis = TestHub.analyze([TestHub.failed("old", "boom", failedAgo: 90_000)])
        #expect(analysis.clusters.isEmpty)
        #expect(analysis.orchestrators.isEmpty)
    }

    @Test("a warm analyzer gives the same analysis as a fresh one after rows change")
    func cacheConsistency() {
        var rows = (0..<20).map { TestHub.failed("f\($0)", Self.charge($0), failedAgo: Double($0 * 60)) }
        var analyzer = HubAnalyzer()
        _ = analyzer.analyze(rows, window: TestHub.window, now: TestHub.now, thresholds: .standard)
        rows[3] = TestHub.failed("f3", "Quota exceeded for subscription 42", failedAgo: 5)
        let warm = analyzer.analyze(rows, window: TestHub.window, now: TestHub.now, thresholds: .standard)
        #expect(warm == TestHub.analyze(rows))
        #expect(warm.clusters.map(\.count) == [19, 1])
    }
}

@Suite("Histogram")
struct HistogramTests {
    static let start = Date(timeIntervalSince1970: 0)

    @Test("records into buckets, clamping dates outside to the edge buckets")
    func record() {
        var histogram = Histogram(covering: DateInterval(start: Self.start, duration: 40), bucketWidth: 10)
        for offset in [-5.0, 0, 9.9, 10, 39, 40, 100] {
            histogram.record(Self.start.addingTimeInterval(offset))
        }
        #expect(histogram.counts == [3, 1, 0, 3])
    }

    @Test("a window that is not a whole number of buckets gets a last partial bucket")
    func partialBucket() {
        let histogram = Histogram(covering: DateInterval(start: Self.start, duration: 25), bucketWidth: 10)
        #expect(histogram.counts.count == 3)
    }

    @Test("resampling gives the mean per bucket over each column's share of the time, cut buckets in proportion")
    func resampling() {
        let histogram = Histogram(start: Self.start, bucketWidth: 1, counts: [1, 2, 3, 4, 5, 6])
        #expect(histogram.resampled(to: 3) == [1.5, 3.5, 5.5])
        let four = histogram.resampled(to: 4)
        let expected = [2 / 1.5, 4 / 1.5, 6.5 / 1.5, 8.5 / 1.5]
        #expect(zip(four, expected).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(histogram.resampled(to: 6) == [1, 2, 3, 4, 5, 6])
        #expect(histogram.resampled(to: 12) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6])
        #expect(histogram.resampled(to: 0).isEmpty)
        #expect(Histogram(start: Self.start, bucketWidth: 1, counts: []).resampled(to: 3) == [0, 0, 0])
    }

    @Test("a steady rate draws level columns at any width (no sawtooth)")
    func steadyRate() {
        let histogram = Histogram(start: Self.start, bucketWidth: 3_600, counts: Array(repeating: 10, count: 24))
        for width in [5, 7, 16, 24, 50] {
            #expect(histogram.resampled(to: width).allSatisfy { abs($0 - 10) < 1e-9 }, "width \(width)")
        }
    }

    @Test("asking for no buckets gives one")
    func atLeastOneBucket() {
        var histogram = Histogram(covering: DateInterval(start: Self.start, duration: 60), bucketCount: 0)
        histogram.record(Self.start.addingTimeInterval(30))
        #expect(histogram.counts == [1])
        #expect(histogram.bucketWidth == 60)
    }

    @Test("an analyzer kept between ticks reads a failure again once its last update changes")
    func rememberedFailures() {
        var analyzer = HubAnalyzer()
        let first = [TestHub.failed("a", "disk full", failedAgo: 600)]
        let again = [TestHub.failed("a", "The operation has timed out.", failedAgo: 60)]
        let before = analyzer.analyze(first, window: TestHub.window, now: TestHub.now, thresholds: .standard)
        let after = analyzer.analyze(again, window: TestHub.window, now: TestHub.now, thresholds: .standard)
        #expect(before.clusters.map(\.message) == ["disk full"])
        #expect(after.clusters.map(\.message) == ["The operation has timed out."])
        #expect(after.clusters.first?.sampleMessage == "The operation has timed out.")
    }

    @Test("text that normalises to nothing joins the failures without text in one cluster")
    func emptyAfterNormalising() {
        let analysis = TestHub.analyze([
            TestHub.failed("a", nil, failedAgo: 60),
            TestHub.failed("b", "   at Contoso.Orders.Billing.Charge() in /src/Billing.cs:line 42", failedAgo: 30),
        ])
        #expect(analysis.clusters.map(\.count) == [2])
        #expect(analysis.clusters.first?.message == FailureMessage.missing)
    }
}
