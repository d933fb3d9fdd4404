import DurableAPI
import Foundation
import Testing

@testable import HubKit

@Suite("Analyses carried forward through the store's journal")
struct CarriedAnalysisTests {
    private static let statuses: [RuntimeStatus] = [.running, .pending, .completed, .failed, .terminated, .suspended]
    private static let names = ["ProcessOrder", "Ship", "Bill"]
    private static let texts = [
        "Payment gateway timed out after 30s",
        "Payment gateway timed out after 45s",
        "Quota exceeded for subscription 42",
        "Orchestrator function 'Ship' failed: carrier 'ACME' refused parcel 123",
    ]

    /// A row of a random status, name and age; failed rows carry one of a few failure texts.
    private static func row(_ id: String, now: Date, random: inout SplitMix) -> OrchestrationStatus {
        let status = statuses[Int(random.next() % UInt64(statuses.count))]
        let age = Double(random.next() % 80_000) + 30
        let text = texts[Int(random.next() % UInt64(texts.count))]
        return OrchestrationStatus(
            name: names[Int(random.next() % UInt64(names.count))],
            instanceId: id,
            runtimeStatus: status,
            output: status == .failed ? .string(text) : .null,
            createdTime: now.addingTimeInterval(-age),
            lastUpdatedTime: now.addingTimeInterval(-Double(random.next() % UInt64(age)))
        )
    }

    @Test("carrying the analyses through changes, removals and a moving window gives what analysing afresh gives")
    func carriedEqualsFresh() {
        var random = SplitMix(seed: 5)
        var now = TestHub.now
        var store = InstanceStore()
        store.merge((0..<3_000).map { Self.row("i-\($0)", now: now, random: &random) }, now: now, highlight: false)
        var analyzer = HubAnalyzer()
        let window = { (now: Date) in DateInterval(start: now.addingTimeInterval(-86_400), end: now) }
        _ = analyzer.analyze(
            changes: store.takeJournal(),
            in: store,
            window: window(now),
            now: now,
            thresholds: .standard
        )
        for _ in 0..<25 {
            now = now.addingTimeInterval(600)
            let changed = (0..<60).map { _ in Self.row("i-\(random.next() % 3_400)", now: now, random: &random) }
            store.merge(changed, now: now, highlight: true)
            store.remove((0..<5).map { _ in "i-\(random.next() % 3_400)" })
            store.removeCreated(before: window(now).start)
            let carried = analyzer.analyze(
                changes: store.takeJournal(),
                in: store,
                window: window(now),
                now: now,
                thresholds: .standard
            )
            var fresh = HubAnalyzer()
            #expect(carried == fresh.analyze(store, window: window(now), now: now, thresholds: .standard))
            #expect(!carried.clusters.isEmpty && !carried.attention.isEmpty)
        }
    }
}
