import DurableAPI
import Foundation
import HubKit

/// Times the triage analyses over 100,000 held instances: a cold analysis (nothing cached) and a steady tick (the
/// analyses carried forward through the store's journal, 1% of the rows changed since the last tick), 20 runs each.
let rowCount = 100_000
let runs = 20
let now = Date(timeIntervalSince1970: 1_714_557_600)
var hub = SyntheticHub(now: now, seed: 42)
var store = InstanceStore()
store.merge(hub.instances(rowCount), now: now, highlight: false)
print("triage-bench: \(store.count) instances, \(runs) runs per case")

var cold = Timings(name: "cold analysis (empty cache)")
var analysis = HubAnalysis.empty
for _ in 0..<runs {
    var analyzer = HubAnalyzer()
    analysis = cold.measure {
        analyzer.analyze(store, window: hub.window, now: now, thresholds: .standard)
    }
}
print(cold.summary)
print(
    "  \(analysis.clusters.count) clusters, \(analysis.attention.count) attention items, "
        + "\(analysis.orchestrators.count) orchestrators"
)

var steady = Timings(name: "steady tick (carried forward, 1% of rows changed)")
var analyzer = HubAnalyzer()
_ = analyzer.analyze(changes: store.takeJournal(), in: store, window: hub.window, now: now, thresholds: .standard)
for run in 0..<runs {
    let changed = (0..<rowCount / 100).map { hub.instance(id: "inst-\(($0 * 97 + run * 1_009) % rowCount)") }
    store.merge(changed, now: now, highlight: true)
    let journal = store.takeJournal()
    analysis = steady.measure {
        analyzer.analyze(changes: journal, in: store, window: hub.window, now: now, thresholds: .standard)
    }
}
print(steady.summary)
