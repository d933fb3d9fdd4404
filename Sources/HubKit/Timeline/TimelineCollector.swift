import DurableAPI
import Foundation

/// Turns history events into unfolded bars in one pass, pairing each `TimerFired` with its `TimerCreated` by
/// `FireAt` (the history has no timer ids).
struct TimelineCollector {
    /// The name timer bars carry.
    static let timerName = "timer"

    /// The bars so far, in history order of their first event.
    private(set) var bars: [TimelineBar] = []
    /// Timer bars by their `FireAt`, oldest first, with how many of them have fired (so each fires in O(1)).
    private var timers: [Date?: (bars: [Int], fired: Int)] = [:]

    /// Adds the bar an event starts, or ends the timer it fires; other events add nothing.
    mutating func add(_ event: HistoryEvent, at index: Int) {
        switch event {
        case .taskScheduled(let scheduled):
            append(.activity, scheduled.name, start: scheduled.timestamp, end: nil, index: index)
        case .taskCompleted(let work):
            append(
                .activity,
                work.functionName,
                start: work.scheduledTime ?? work.timestamp,
                end: work.timestamp,
                index: index
            )
        case .taskFailed(let work):
            let start = work.scheduledTime ?? work.timestamp
            append(.activity, work.functionName, start: start, end: work.timestamp, failed: true, index: index)
        case .subOrchestrationInstanceCreated(let created):
            let child = created.instanceId.flatMap { $0.isEmpty ? nil : $0 }
            append(.subOrchestration, created.name, start: created.timestamp, end: nil, index: index, child: child)
        case .subOrchestrationInstanceCompleted(let work):
            let start = work.scheduledTime ?? work.timestamp
            append(.subOrchestration, work.functionName, start: start, end: work.timestamp, index: index)
        case .subOrchestrationInstanceFailed(let work):
            let start = work.scheduledTime ?? work.timestamp
            append(.subOrchestration, work.functionName, start: start, end: work.timestamp, failed: true, index: index)
        case .eventRaised(let raised):
            append(.externalEvent, raised.name, start: raised.timestamp, end: raised.timestamp, index: index)
        case .timerCreated(let timer):
            timers[timer.fireAt, default: ([], 0)].bars.append(bars.count)
            append(.timer, Self.timerName, start: timer.timestamp, end: nil, index: index)
        case .timerFired(let timer):
            fire(at: timer.fireAt, firedAt: timer.timestamp, index: index)
        default:
            break
        }
    }

    /// The bars ordered by start time, ties kept in history order.
    func sortedBars() -> [TimelineBar] {
        bars.sorted { ($0.start, $0.eventIndex) < ($1.start, $1.eventIndex) }
    }

    /// Ends the oldest open timer due at `fireAt`; a fired timer whose creation is not in the history becomes a
    /// bar of its own at the moment it fired.
    private mutating func fire(at fireAt: Date?, firedAt: Date, index: Int) {
        guard let due = timers[fireAt], due.fired < due.bars.count else {
            append(.timer, Self.timerName, start: firedAt, end: firedAt, index: index)
            return
        }
        let barIndex = due.bars[due.fired]
        timers[fireAt]?.fired += 1
        bars[barIndex].end = firedAt
        bars[barIndex].eventIndex = index
    }

    /// Adds the bar of one call (or event) that starts at history position `index`.
    private mutating func append(
        _ kind: TimelineBar.Kind,
        _ name: String?,
        start: Date,
        end: Date?,
        failed: Bool = false,
        index: Int,
        child: String? = nil
    ) {
        bars.append(
            TimelineBar(
                kind: kind,
                name: name ?? "",
                start: start,
                end: end,
                isFailed: failed,
                eventIndex: index,
                childInstanceID: child
            )
        )
    }
}
