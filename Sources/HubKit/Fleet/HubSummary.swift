import DurableAPI
import Foundation

/// What the fleet overview shows of one hub, the same for the dashboard's overview and `status --all`.
public struct HubSummary: Hashable, Sendable {
    /// Instances per runtime status in the hub's created-time window.
    public var counts: [RuntimeStatus: Int]
    /// Instances that failed in the last hour (``HubAnalysis/recentFailureSpan``).
    public var failuresLastHour: Int
    /// Instances that need a human (the attention queue's length).
    public var attention: Int
    /// When the hub's data was last refreshed; `nil` before the first answer.
    public var lastSuccess: Date?
    /// Why the last refresh failed, while it keeps failing.
    public var problem: HubProblem?
    /// The last refresh's error as one redacted line, while it keeps failing.
    public var problemDetail: String?
    /// Instances received so far by a first load still under way.
    public var loadingCount: Int?
    /// When the next refresh may run, while the hub's host holds refreshes back after failures.
    public var retryAt: Date?

    /// Creates a summary.
    public init(
        counts: [RuntimeStatus: Int] = [:],
        failuresLastHour: Int = 0,
        attention: Int = 0,
        lastSuccess: Date? = nil,
        problem: HubProblem? = nil,
        problemDetail: String? = nil,
        loadingCount: Int? = nil,
        retryAt: Date? = nil
    ) {
        self.counts = counts
        self.failuresLastHour = failuresLastHour
        self.attention = attention
        self.lastSuccess = lastSuccess
        self.problem = problem
        self.problemDetail = problemDetail
        self.loadingCount = loadingCount
        self.retryAt = retryAt
    }

    /// Instances in the window, of every status.
    public var total: Int {
        counts.values.reduce(0, +)
    }

    /// How much trouble the hub is in, most first: 0 cannot be refreshed, 1 has instances needing attention,
    /// 2 had failures in the last hour, 3 is quiet.
    public var troubleRank: Int {
        if problem != nil {
            return 0
        }
        if attention > 0 {
            return 1
        }
        return failuresLastHour > 0 ? 2 : 3
    }

    /// Whether `first` shows before `second` when trouble sorts first: a lower ``troubleRank``, then more
    /// instances needing attention, then more recent failures, then by name.
    public static func troubleFirst(
        _ first: (name: String, summary: HubSummary),
        _ second: (name: String, summary: HubSummary)
    ) -> Bool {
        let one = first.summary
        let two = second.summary
        if one.troubleRank != two.troubleRank {
            return one.troubleRank < two.troubleRank
        }
        if one.attention != two.attention {
            return one.attention > two.attention
        }
        if one.failuresLastHour != two.failuresLastHour {
            return one.failuresLastHour > two.failuresLastHour
        }
        return first.name < second.name
    }
}

extension HubSummary {
    /// The summary of a hub from its counts per status, its latest analysis and how fresh its data is.
    public init(counts: [RuntimeStatus: Int], analysis: HubAnalysis, freshness: Freshness) {
        self.init(
            counts: counts,
            failuresLastHour: analysis.recentFailures,
            attention: analysis.attention.count,
            lastSuccess: freshness.lastSuccess,
            problem: freshness.isStale ? freshness.lastProblem : nil,
            problemDetail: freshness.isStale ? freshness.lastError : nil,
            loadingCount: freshness.initialLoadDone ? nil : freshness.loadingCount,
            retryAt: freshness.isStale ? freshness.backoff?.retryAt : nil
        )
    }
}
