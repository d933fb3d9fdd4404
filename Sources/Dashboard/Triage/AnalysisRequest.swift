import DurableAPI
import Foundation
import HubKit

/// Everything the triage analyses need, copied out of the state so they run without holding the state's lock.
public struct AnalysisRequest: Sendable {
    /// The state's analysis generation when the request was made; a result from an older one is dropped.
    let generation: Int
    /// The analyzer, with what it analysed before and the failure messages it normalised; the request holds the
    /// only copy.
    var analyzer: HubAnalyzer
    /// The rows held.
    let store: InstanceStore
    /// The store's changes since the analyzer last analysed it.
    let journal: InstanceJournal
    /// The created-time window, to now.
    let window: DateInterval
    /// The time ages are measured to.
    let now: Date
    /// When an instance needs attention.
    let thresholds: AttentionThresholds

    /// Runs the analyses (the expensive part), the analyzer working in place: the request holds its only copy.
    public mutating func compute() -> AnalysisResult {
        let analysis = analyzer.analyze(
            changes: journal,
            in: store,
            window: window,
            now: now,
            thresholds: thresholds
        )
        return AnalysisResult(generation: generation, analysis: analysis, analyzer: analyzer)
    }
}

/// The analyses of one tick, with the analyzer that remembers the messages it normalised.
public struct AnalysisResult: Sendable {
    /// The generation of the request this answers.
    let generation: Int
    /// The analyses.
    let analysis: HubAnalysis
    /// The analyzer, now remembering this tick's messages too.
    let analyzer: HubAnalyzer
}
