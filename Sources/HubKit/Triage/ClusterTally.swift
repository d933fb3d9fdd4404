import Foundation

/// The failures of one cluster gathered during a pass, before they become a ``FailureCluster``.
struct ClusterTally {
    /// One failed instance: when it failed, its id and raw text.
    struct Failure {
        /// Its `lastUpdatedTime`.
        var time: Date
        /// Its instance id.
        var instanceID: String
        /// Its raw failure text.
        var text: String?
    }

    /// The failures: in the order met, newest first after ``sortNewestFirst()``.
    var failures: [Failure] = []

    /// Puts the failures newest first, ties by instance id; ``cluster(key:window:bucketCount:)`` and
    /// ``burst(key:now:thresholds:)`` expect this order.
    mutating func sortNewestFirst() {
        failures.sort { first, second in
            first.time != second.time ? first.time > second.time : first.instanceID < second.instanceID
        }
    }

    /// The cluster, its failures counted over `window` in `bucketCount` buckets.
    func cluster(key: FailureCluster.Key, window: DateInterval, bucketCount: Int) -> FailureCluster {
        var occurrences = Histogram(covering: window, bucketCount: bucketCount)
        for failure in failures {
            occurrences.record(failure.time)
        }
        return FailureCluster(
            id: key,
            instanceIDs: failures.map(\.instanceID),
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
