import Foundation

/// The failures of one cluster, newest first, kept as they come and go, ready to become a ``FailureCluster``.
struct ClusterTally: Sendable {
    /// One failed instance: when it failed, its id and raw text.
    struct Failure: Equatable, Sendable {
        /// Its `lastUpdatedTime`.
        var time: Date
        /// Its instance id.
        var instanceID: String
        /// Its raw failure text.
        var text: String?
    }

    /// The failures, newest first, ties by instance id.
    private(set) var failures: [Failure] = []
    /// Their failure times in the same order.
    private var times: [Date] = []
    /// Their instance ids in the same order, kept for the cluster's rows.
    private var instanceIDs: [String] = []

    /// No failures.
    init() {}

    /// Whether the cluster has no failures left.
    var isEmpty: Bool { failures.isEmpty }

    /// Adds a failure in its place.
    mutating func add(_ failure: Failure) {
        let position = failures.sortedPosition(of: failure, by: Self.isNewer)
        failures.insert(failure, at: position)
        times.insert(failure.time, at: position)
        instanceIDs.insert(failure.instanceID, at: position)
    }

    /// Adds a failure while the cluster is being built, out of order; ``restoreOrder()`` must follow before any
    /// other call (see ``OrchestratorTally/append(_:)``).
    mutating func append(_ failure: Failure) {
        failures.append(failure)
    }

    /// Puts the failures appended by ``append(_:)`` in order, with their times and ids.
    mutating func restoreOrder() {
        failures.sort(by: Self.isNewer)
        times = failures.map(\.time)
        instanceIDs = failures.map(\.instanceID)
    }

    /// Removes a failure added before.
    mutating func remove(_ failure: Failure) {
        let position = failures.sortedPosition(of: failure, by: Self.isNewer)
        guard position < failures.count, failures[position] == failure else {
            return
        }
        failures.remove(at: position)
        times.remove(at: position)
        instanceIDs.remove(at: position)
    }

    /// The failures that happened at or after `time`: the prefix of the newest-first times not older than it.
    func count(since time: Date) -> Int {
        times.sortedPosition(of: time) { failed, since in failed >= since }
    }

    /// The order of failures: newest first, ties by instance id.
    private static func isNewer(_ first: Failure, _ second: Failure) -> Bool {
        first.time != second.time ? first.time > second.time : first.instanceID < second.instanceID
    }

    /// The cluster, its failures counted over `window` in `bucketCount` buckets.
    func cluster(key: FailureCluster.Key, window: DateInterval, bucketCount: Int) -> FailureCluster {
        var occurrences = Histogram(covering: window, bucketCount: bucketCount)
        occurrences.record(sorted: times)
        return FailureCluster(
            id: key,
            instanceIDs: instanceIDs,
            firstSeen: failures[failures.count - 1].time,
            lastSeen: failures[0].time,
            sampleMessage: failures[0].text,
            occurrences: occurrences
        )
    }

    /// The burst ending in the newest failure, as attention items: the failures within `burstSpan` of the newest,
    /// when the newest is at most `burstSpan` before `now` and they are at least `burstCount`.
    func burst(key: FailureCluster.Key, now: Date, thresholds: AttentionThresholds) -> [AttentionItem] {
        let newest = failures[0].time
        guard failures.count >= thresholds.burstCount, now.timeIntervalSince(newest) <= thresholds.burstSpan else {
            return []
        }
        let members = failures.prefix { newest.timeIntervalSince($0.time) <= thresholds.burstSpan }
        guard members.count >= thresholds.burstCount, let oldest = members.last else {
            return []
        }
        let span = newest.timeIntervalSince(oldest.time)
        return members.map { failure in
            AttentionItem(
                instanceID: failure.instanceID,
                orchestrator: key.orchestrator,
                runtimeStatus: .failed,
                reason: .burst(failedAt: failure.time, count: members.count, span: span, message: key.message)
            )
        }
    }
}
