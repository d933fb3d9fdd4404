import DurableAPI

/// What the current screen needs from the host; the poller follows it.
public struct PollDemand: Hashable, Sendable {
    /// The created-time window of the instances list.
    public var window: TimeWindow
    /// The runtime-status filter sent to the host; empty for all statuses.
    public var statuses: [RuntimeStatus]
    /// The instance whose detail (with history) is on screen.
    public var detailInstanceID: String?
    /// Whether that detail is settled: a finished instance whose history is loaded and whose list row has not
    /// changed since, so fetching it again would bring nothing new.
    public var detailIsSettled = false
    /// Whether the entities list is on screen.
    public var entitiesVisible = false
    /// The entity whose state is on screen.
    public var detailEntity: EntityID?
    /// Whether live updates are paused (an explicit refresh still runs).
    public var paused: Bool

    /// Creates the demand of the instances list; a screen that shows a detail or the entities sets those fields.
    public init(window: TimeWindow = .last24Hours, statuses: [RuntimeStatus] = [], paused: Bool = false) {
        self.window = window
        self.statuses = statuses
        self.paused = paused
    }
}
