import DurableAPI
import Foundation

/// Computes the triage analyses (failure clusters, attention queue, orchestrator health) from the held
/// instances, once per tick.
///
/// One pass over the rows gathers everything; the analyzer keeps the normalised form of every failure text it has
/// seen, so a tick only normalises new texts. Entity instances and instances created outside the window are left
/// out of every analysis.
public struct HubAnalyzer: Sendable {
    /// The number of buckets of each cluster's occurrences across the window.
    public static let clusterBuckets = 120

    /// Normalised failure messages by raw text; emptied when it grows past four times the rows analysed.
    private var normalized: [String: String] = [:]

    /// Creates an analyzer with nothing remembered.
    public init() {}

    /// The analyses of the instances a store holds; see ``analyze(_:window:now:thresholds:)-(some Collection<OrchestrationStatus>,_,_,_)``.
    public mutating func analyze(
        _ store: InstanceStore,
        window: DateInterval,
        now: Date,
        thresholds: AttentionThresholds
    ) -> HubAnalysis {
        analyze(store.byID.values, window: window, now: now, thresholds: thresholds)
    }

    /// The analyses of `instances` over `window` at `now`.
    ///
    /// - Parameters:
    ///   - instances: The held rows.
    ///   - window: The time window: instances created outside it are ignored, and histograms span it.
    ///   - now: The time that ages are measured to.
    ///   - thresholds: When an instance needs attention.
    public mutating func analyze(
        _ instances: some Collection<OrchestrationStatus>,
        window: DateInterval,
        now: Date,
        thresholds: AttentionThresholds
    ) -> HubAnalysis {
        if normalized.count > 4 * instances.count {
            normalized.removeAll(keepingCapacity: true)
        }
        var clusters: [FailureCluster.Key: ClusterTally] = [:]
        var orchestrators: [String: OrchestratorTally] = [:]
        var waiting: [OrchestrationStatus] = []
        for instance in instances where !instance.isEntity && window.contains(instance.createdTime) {
            let name = instance.name ?? OrchestratorStats.unnamed
            orchestrators[name, default: OrchestratorTally(window: window)].add(instance)
            switch instance.runtimeStatus {
            case .failed:
                let text = FailureMessage.text(of: instance)
                let key = FailureCluster.Key(orchestrator: name, message: message(of: text))
                clusters[key, default: ClusterTally()].failures.append(
                    ClusterTally.Failure(time: instance.lastUpdatedTime, instanceID: instance.instanceId, text: text)
                )
            case .pending, .running, .continuedAsNew, .suspended:
                waiting.append(instance)
            default:
                break
            }
        }
        var stats: [OrchestratorStats] = []
        for (name, tally) in orchestrators {
            stats.append(tally.stats(name: name))
        }
        stats.sort { $0.name < $1.name }
        var failureClusters: [FailureCluster] = []
        var attention: [AttentionItem] = []
        for (key, tally) in clusters {
            var tally = tally
            tally.sortNewestFirst()
            failureClusters.append(tally.cluster(key: key, window: window, bucketCount: Self.clusterBuckets))
            attention += tally.burst(key: key, now: now, thresholds: thresholds)
        }
        failureClusters.sort(by: Self.isBigger)
        let queue = AttentionQueue(stats: stats, thresholds: thresholds, now: now)
        attention += waiting.compactMap(queue.item(for:))
        attention.sort(by: AttentionItem.isMoreUrgent)
        return HubAnalysis(clusters: failureClusters, attention: attention, orchestrators: stats)
    }

    /// The normalised message of a failure text, from the cache when it was seen before.
    private mutating func message(of text: String?) -> String {
        guard let text else {
            return FailureMessage.missing
        }
        if let known = normalized[text] {
            return known
        }
        let message = FailureMessage.normalize(text)
        normalized[text] = message
        return message
    }

    /// The order of clusters: more instances first, then the most recent, then by orchestrator and message.
    static func isBigger(_ first: FailureCluster, _ second: FailureCluster) -> Bool {
        if first.count != second.count {
            return first.count > second.count
        }
        if first.lastSeen != second.lastSeen {
            return first.lastSeen > second.lastSeen
        }
        if first.orchestrator != second.orchestrator {
            return first.orchestrator < second.orchestrator
        }
        return first.message < second.message
    }
}
