import DurableAPI
import Foundation

/// An instance's history as bars on one time axis: activities, timers and sub-orchestrations from scheduled to
/// completed, external events as points, alike fan-out calls folded (see ``Timeline/foldWindow``).
///
/// It is built once when a history arrives (linear in the events, plus one sort of the bars) and only read while
/// drawing; pending bars end at the instance's last update, or at "now" while the instance runs.
public struct Timeline: Hashable, Sendable {
    /// The bars, ordered by start time (ties in history order).
    public let bars: [TimelineBar]
    /// Where the axis starts: the execution's start (or the instance's creation), or an earlier bar's start.
    public let start: Date
    /// The latest time the history knows of: the instance's last update or a later bar end.
    public let knownEnd: Date
    /// Whether the instance still runs, so pending bars and the axis run on to "now".
    public let isRunning: Bool

    /// Builds the timeline of a history; `createdTime` and `lastUpdatedTime` are the instance's own.
    public init(history: [HistoryEvent], createdTime: Date, lastUpdatedTime: Date, isRunning: Bool) {
        var collector = TimelineCollector()
        var executionStart: Date?
        for (index, event) in history.enumerated() {
            if case .executionStarted(let started) = event, executionStart == nil {
                executionStart = started.timestamp
            }
            collector.add(event, at: index)
        }
        let bars = Self.fold(collector.sortedBars())
        var start = executionStart ?? createdTime
        var knownEnd = lastUpdatedTime
        for bar in bars {
            start = min(start, bar.start)
            knownEnd = max(knownEnd, bar.end ?? bar.start)
        }
        self.bars = bars
        self.start = start
        self.knownEnd = knownEnd
        self.isRunning = isRunning
    }

    /// Builds the timeline of an instance, or `nil` before its history is loaded.
    public init?(status: OrchestrationStatus) {
        guard let history = status.historyEvents else {
            return nil
        }
        self.init(
            history: history,
            createdTime: status.createdTime,
            lastUpdatedTime: status.lastUpdatedTime,
            isRunning: !status.runtimeStatus.isTerminal
        )
    }

    /// Where the axis and the pending bars end: "now" while the instance runs (never before ``knownEnd``),
    /// else ``knownEnd``.
    public func end(now: Date) -> Date {
        isRunning ? max(now, knownEnd) : knownEnd
    }

    /// Where a bar ends on screen: its own end, or the timeline's open end while it is pending.
    public func end(of bar: TimelineBar, now: Date) -> Date {
        bar.end ?? end(now: now)
    }
}
