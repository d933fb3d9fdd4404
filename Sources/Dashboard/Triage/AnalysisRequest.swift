import DurableAPI
import Foundation
import HubKit

/// Everything the triage analyses need, copied out of the state so they run without holding the state's lock.
public struct AnalysisRequest: Sendable {
    let analyzer: HubAnalyzer
    let store: InstanceStore
    let window: DateInterval
    let now: Date
    let thresholds: AttentionThresholds

    /// Runs the analyses (the expensive part).
    public func compute() -> AnalysisResult {
        var analyzer = analyzer
        let analysis = analyzer.analyze(store, window: window, now: now, thresholds: thresholds)
        return AnalysisResult(analysis: analysis, analyzer: analyzer)
    }
}

/// The analyses of one tick, with the analyzer that remembers the messages it normalised.
public struct AnalysisResult: Sendable {
    let analysis: HubAnalysis
    let analyzer: HubAnalyzer
}
