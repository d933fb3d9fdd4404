import Foundation

/// One row of a ``Timeline``: an activity, timer or sub-orchestration from when it was scheduled to when it ended,
/// or an external event at the moment it arrived; several alike calls folded into one bar count as one row.
public struct TimelineBar: Hashable, Sendable {
    /// What a bar stands for.
    public enum Kind: Hashable, Sendable, CaseIterable {
        /// An activity call (`TaskScheduled` → `TaskCompleted` / `TaskFailed`).
        case activity
        /// A durable timer (`TimerCreated` → `TimerFired`).
        case timer
        /// A sub-orchestration (`SubOrchestrationInstanceCreated` → `…Completed` / `…Failed`).
        case subOrchestration
        /// An external event (`EventRaised`): a point in time.
        case externalEvent
    }

    /// What the bar stands for.
    public var kind: Kind
    /// The activity, child orchestrator or event name; `timer` for timers.
    public var name: String
    /// When the work was scheduled (the earliest member's, for a fold); for an event, when it arrived.
    public var start: Date
    /// When the work completed, fired or failed (the latest member's, for a fold); `nil` while any of it is
    /// pending, so the bar runs on to the timeline's open end.
    public var end: Date?
    /// Whether the work failed (any member, for a fold).
    public var isFailed: Bool
    /// How many calls the bar folds (1 for a single call).
    public var count: Int
    /// The position in the history of the bar's last event.
    public var eventIndex: Int
    /// The child instance of a sub-orchestration, when the history still names it (only while it runs); for a
    /// fold, the first member's that has one.
    public var childInstanceID: String?

    /// Creates a bar for one call.
    public init(
        kind: Kind,
        name: String,
        start: Date,
        end: Date?,
        isFailed: Bool = false,
        eventIndex: Int,
        childInstanceID: String? = nil
    ) {
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.isFailed = isFailed
        self.count = 1
        self.eventIndex = eventIndex
        self.childInstanceID = childInstanceID
    }

    /// Whether the bar is still running (some member has not ended).
    public var isPending: Bool { end == nil }
}
