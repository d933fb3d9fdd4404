import DurableAPI
import Foundation

/// Computes the triage analyses (failure clusters, attention queue, orchestrator health) from the held
/// instances, and keeps them as the instances change.
///
/// The analyzer holds what each instance adds (its orchestrator's counts, durations and creation times, its
/// failure in its cluster), so a tick takes out what its changed rows added before and puts in what they add
/// now; only the instances that can still need attention (not finished, not failed) are judged again at every
/// tick, since their ages follow the clock. It remembers every failure text it has normalised, so only new texts
/// are normalised. Entity instances and instances created before the window are left out of every analysis; one
/// created a little after `now` (the host's clock ahead) is kept.
public struct HubAnalyzer: Sendable {
    /// The number of buckets of each cluster's occurrences across the window.
    public static let clusterBuckets = 120

    /// The number of each failure text seen, into ``messages``; emptied (with the other two) when it grows past
    /// four times the rows analysed (see ``remembersTooMuch``).
    private var messageNumbers: [String: Int] = [:]
    /// Normalised messages by number.
    private var messages: [String] = []
    /// The number of each normalised message, so texts normalising alike share one.
    private var numbersOfMessages: [String: Int] = [:]
    /// Each failed instance's text and message number as of its last update, so an unchanged failure costs one
    /// lookup by its short id instead of reading and hashing its whole text again.
    private var failures: [String: KnownFailure] = [:]
    /// Orchestrator names by number.
    private var names: [String] = []
    /// The number of each orchestrator name.
    private var nameNumbers: [String: Int] = [:]
    /// What each analysed instance added, by id.
    private var members: [String: AnalysisMember] = [:]
    /// The instances of each orchestrator, by name number.
    private var tallies: [Int: OrchestratorTally] = [:]
    /// The failures of each cluster.
    private var clusters: [ClusterSlot: ClusterTally] = [:]
    /// The analysed instances that are neither finished nor failed, judged for attention at every analysis.
    private var waiting: [String: OrchestrationStatus] = [:]
    /// The length of the window the held analyses were made over; `nil` before the first.
    private var windowLength: TimeInterval?

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

    /// The analyses of the instances a store holds, made afresh.
    public mutating func analyze(
        _ store: InstanceStore,
        window: DateInterval,
        now: Date,
        thresholds: AttentionThresholds
    ) -> HubAnalysis {
        analyze(store.rows, window: window, now: now, thresholds: thresholds)
    }

    /// The analyses of `instances` over `window` at `now`, made afresh (the failure texts normalised before are
    /// remembered).
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
        rebuild(from: instances, window: window)
        return report(window: window, now: now, thresholds: thresholds)
    }

    /// The analyses of `store` after the changes of `journal` (taken from the store since this analyzer last
    /// analysed it): the changed rows are taken out and put in again. The analyses are made afresh when there is
    /// nothing to carry forward (no analysis yet, a window of another length, a journal that overflowed).
    public mutating func analyze(
        changes journal: InstanceJournal,
        in store: InstanceStore,
        window: DateInterval,
        now: Date,
        thresholds: AttentionThresholds
    ) -> HubAnalysis {
        let sameLength = windowLength.map { abs($0 - window.duration) < 1 } ?? false
        if !sameLength || journal.overflowed || remembersTooMuch {
            rebuild(from: store.rows, window: window)
        } else {
            for (id, change) in journal.changes {
                remove(id)
                if let new = change.new {
                    add(new, window: window)
                }
            }
        }
        return report(window: window, now: now, thresholds: thresholds)
    }

    /// Whether the remembered failure texts outnumber the analysed instances four times (and a thousand): most
    /// belong to instances long gone.
    private var remembersTooMuch: Bool {
        let limit = 4 * members.count + 1_000
        return messageNumbers.count > limit || failures.count > limit
    }

    /// Forgets every analysed instance and analyses `instances` anew; the remembered failure texts are dropped too
    /// when there are too many.
    private mutating func rebuild(from instances: some Collection<OrchestrationStatus>, window: DateInterval) {
        if remembersTooMuch {
            messageNumbers.removeAll(keepingCapacity: true)
            messages.removeAll(keepingCapacity: true)
            numbersOfMessages.removeAll(keepingCapacity: true)
            failures.removeAll(keepingCapacity: true)
        }
        members.removeAll(keepingCapacity: true)
        tallies.removeAll(keepingCapacity: true)
        clusters.removeAll(keepingCapacity: true)
        waiting.removeAll(keepingCapacity: true)
        windowLength = window.duration
        members.reserveCapacity(instances.count)
        for instance in instances {
            add(instance, window: window, building: true)
        }
        for name in tallies.keys {
            tallies[name]?.restoreOrder()
        }
        for slot in clusters.keys {
            clusters[slot]?.restoreOrder()
        }
    }

    /// Puts in what an instance adds, unless it is an entity or was created before the window. While `building`
    /// (a rebuild) its times are appended out of order, and the rebuild sorts them once at the end.
    private mutating func add(_ instance: OrchestrationStatus, window: DateInterval, building: Bool = false) {
        guard !instance.isEntity && instance.createdTime >= window.start else {
            return
        }
        let name = number(of: instance.name ?? OrchestratorStats.unnamed)
        var cluster: AnalysisMember.ClusterEntry?
        var completedDuration: TimeInterval?
        switch instance.runtimeStatus {
        case .failed:
            let known = knownFailure(instance)
            let failure = ClusterTally.Failure(
                time: instance.lastUpdatedTime,
                instanceID: instance.instanceId,
                text: known.text
            )
            cluster = AnalysisMember.ClusterEntry(
                slot: ClusterSlot(orchestrator: name, message: known.number),
                failure: failure
            )
        case .completed:
            completedDuration = max(0, instance.lastUpdatedTime.timeIntervalSince(instance.createdTime))
        default:
            if !instance.runtimeStatus.isTerminal {
                waiting[instance.instanceId] = instance
            }
        }
        let member = AnalysisMember(
            name: name,
            status: instance.runtimeStatus,
            created: instance.createdTime,
            completedDuration: completedDuration,
            cluster: cluster
        )
        members[instance.instanceId] = member
        if building {
            tallies[name, default: OrchestratorTally()].append(member)
            if let cluster {
                clusters[cluster.slot, default: ClusterTally()].append(cluster.failure)
            }
        } else {
            tallies[name, default: OrchestratorTally()].add(member)
            if let cluster {
                clusters[cluster.slot, default: ClusterTally()].add(cluster.failure)
            }
        }
    }

    /// Takes out what an instance added, if it was analysed.
    private mutating func remove(_ id: String) {
        guard let member = members.removeValue(forKey: id) else {
            return
        }
        waiting[id] = nil
        tallies[member.name]?.remove(member)
        if tallies[member.name]?.isEmpty == true {
            tallies[member.name] = nil
        }
        if let cluster = member.cluster {
            clusters[cluster.slot]?.remove(cluster.failure)
            if clusters[cluster.slot]?.isEmpty == true {
                clusters[cluster.slot] = nil
            }
        }
    }

    /// The analyses of the held instances over `window` at `now`.
    private func report(window: DateInterval, now: Date, thresholds: AttentionThresholds) -> HubAnalysis {
        var stats: [OrchestratorStats] = []
        var p95ByName: [String: TimeInterval] = [:]
        for (number, tally) in tallies {
            let row = tally.stats(name: names[number], window: window)
            p95ByName[row.name] = row.p95
            stats.append(row)
        }
        stats.sort { $0.name < $1.name }
        var queue = AttentionQueue(thresholds: thresholds, now: now)
        for instance in waiting.values {
            queue.consider(instance, name: instance.name ?? OrchestratorStats.unnamed)
        }
        let recentSince = now.addingTimeInterval(-HubAnalysis.recentFailureSpan)
        var recentFailures = 0
        var failureClusters: [FailureCluster] = []
        for (slot, tally) in clusters {
            let message = slot.message < 0 ? FailureMessage.missing : messages[slot.message]
            let key = FailureCluster.Key(orchestrator: names[slot.orchestrator], message: message)
            failureClusters.append(tally.cluster(key: key, window: window, bucketCount: Self.clusterBuckets))
            queue.add(tally.burst(key: key, now: now, thresholds: thresholds))
            recentFailures += tally.count(since: recentSince)
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

    /// The number of an orchestrator name, numbering it when new: a hub has few names, and comparing a short
    /// name with a handful is cheaper than hashing it for every row.
    private mutating func number(of name: String) -> Int {
        if names.count <= Self.namesSearchedInTurn {
            for (number, known) in names.enumerated() where known == name {
                return number
            }
        } else if let known = nameNumbers[name] {
            return known
        }
        nameNumbers[name] = names.count
        names.append(name)
        return names.count - 1
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
