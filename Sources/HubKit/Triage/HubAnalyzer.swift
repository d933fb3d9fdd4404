import DurableAPI
import Foundation

/// Computes the triage analyses (failure clusters, attention queue, orchestrator health) from the held
/// instances, once per tick.
///
/// One pass over the rows gathers everything. The analyzer remembers every failure text it has normalised, so a
/// tick only normalises new texts; within a pass, orchestrator names and messages are numbered so that each row
/// costs one name lookup and each failure one text lookup. Entity instances and instances created before the
/// window are left out of every analysis; one created a little after `now` (the host's clock ahead) is kept.
public struct HubAnalyzer: Sendable {
    /// The number of buckets of each cluster's occurrences across the window.
    public static let clusterBuckets = 120

    /// The number of each failure text seen, into ``messages``; emptied (with the other two) when it grows past
    /// four times the rows analysed.
    private var messageNumbers: [String: Int] = [:]
    /// Normalised messages by number.
    private var messages: [String] = []
    /// The number of each normalised message, so texts normalising alike share one.
    private var numbersOfMessages: [String: Int] = [:]
    /// Each failed instance's text and message number as of its last update, so an unchanged failure costs one
    /// lookup by its short id instead of reading and hashing its whole text again.
    private var failures: [String: KnownFailure] = [:]

    /// A failed instance's text and message number, as of one update.
    private struct KnownFailure: Sendable {
        /// The instance's `lastUpdatedTime` when it was read.
        let updated: Date
        /// Its failure text.
        let text: String?
        /// Its message number (-1 for none).
        let number: Int
    }

    /// Creates an analyzer with nothing remembered.
    public init() {}

    /// The analyses of the instances a store holds, as for any collection of instances.
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
    ///   - window: The time window: instances created before it are ignored, and histograms span it.
    ///   - now: The time that ages are measured to.
    ///   - thresholds: When an instance needs attention.
    public mutating func analyze(
        _ instances: some Collection<OrchestrationStatus>,
        window: DateInterval,
        now: Date,
        thresholds: AttentionThresholds
    ) -> HubAnalysis {
        if messageNumbers.count > 4 * instances.count || failures.count > 4 * instances.count {
            messageNumbers.removeAll(keepingCapacity: true)
            messages.removeAll(keepingCapacity: true)
            numbersOfMessages.removeAll(keepingCapacity: true)
            failures.removeAll(keepingCapacity: true)
        }
        var nameNumbers: [String: Int] = [:]
        var names: [String] = []
        var tallies: [OrchestratorTally] = []
        var clusters: [ClusterSlot: ClusterTally] = [:]
        var queue = AttentionQueue(thresholds: thresholds, now: now)
        let recentSince = now.addingTimeInterval(-HubAnalysis.recentFailureSpan)
        var recentFailures = 0
        for instance in instances where !instance.isEntity && instance.createdTime >= window.start {
            let name = instance.name ?? OrchestratorStats.unnamed
            let nameNumber: Int
            if let known = Self.number(of: name, in: names, numbers: nameNumbers) {
                nameNumber = known
            } else {
                nameNumber = names.count
                nameNumbers[name] = nameNumber
                names.append(name)
                tallies.append(OrchestratorTally(window: window))
            }
            tallies[nameNumber].add(instance)
            if instance.runtimeStatus == .failed {
                if instance.lastUpdatedTime >= recentSince {
                    recentFailures += 1
                }
                let failure = knownFailure(instance)
                let slot = ClusterSlot(orchestrator: nameNumber, message: failure.number)
                clusters[slot, default: ClusterTally()].failures.append(
                    ClusterTally.Failure(
                        time: instance.lastUpdatedTime,
                        instanceID: instance.instanceId,
                        text: failure.text
                    )
                )
            } else {
                queue.consider(instance, name: name)
            }
        }
        var stats: [OrchestratorStats] = []
        var p95ByName: [String: TimeInterval] = [:]
        for (number, tally) in tallies.enumerated() {
            let row = tally.stats(name: names[number])
            p95ByName[row.name] = row.p95
            stats.append(row)
        }
        stats.sort { $0.name < $1.name }
        var failureClusters: [FailureCluster] = []
        for (slot, tally) in clusters {
            var tally = tally
            tally.sortNewestFirst()
            let message = slot.message < 0 ? FailureMessage.missing : messages[slot.message]
            let key = FailureCluster.Key(orchestrator: names[slot.orchestrator], message: message)
            failureClusters.append(tally.cluster(key: key, window: window, bucketCount: Self.clusterBuckets))
            queue.add(tally.burst(key: key, now: now, thresholds: thresholds))
        }
        failureClusters.sort(by: Self.isBigger)
        let attention = queue.finished { p95ByName[$0] }
        return HubAnalysis(
            clusters: failureClusters,
            attention: attention,
            orchestrators: stats,
            recentFailures: recentFailures
        )
    }

    /// The most names looked up by comparing with each in turn; past this many, by hash.
    static let namesSearchedInTurn = 16

    /// The number of a name already met in this pass: a hub has few orchestrator names, and comparing a short name
    /// with a handful is cheaper than hashing it for every row.
    private static func number(of name: String, in names: [String], numbers: [String: Int]) -> Int? {
        guard names.count <= namesSearchedInTurn else {
            return numbers[name]
        }
        for (number, known) in names.enumerated() where known == name {
            return number
        }
        return nil
    }

    /// A failed instance's text and message number: remembered while its last update stays the same.
    private mutating func knownFailure(_ instance: OrchestrationStatus) -> KnownFailure {
        if let known = failures[instance.instanceId], known.updated == instance.lastUpdatedTime {
            return known
        }
        let text = FailureMessage.text(of: instance)
        let failure = KnownFailure(updated: instance.lastUpdatedTime, text: text, number: messageNumber(of: text))
        failures[instance.instanceId] = failure
        return failure
    }

    /// The number of the normalised message of a failure text (normalising it when new); -1 without text, or
    /// for text that normalises to nothing (only stack-trace lines), so every failure without a message shares
    /// one cluster.
    private mutating func messageNumber(of text: String?) -> Int {
        guard let text else {
            return -1
        }
        if let known = messageNumbers[text] {
            return known
        }
        let message = FailureMessage.normalize(text)
        guard message != FailureMessage.missing else {
            messageNumbers[text] = -1
            return -1
        }
        let number = numbersOfMessages[message] ?? messages.count
        if number == messages.count {
            messages.append(message)
            numbersOfMessages[message] = number
        }
        messageNumbers[text] = number
        return number
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
