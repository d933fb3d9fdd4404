import DurableAPI

/// Work the actions state asks the app to do off the terminal's thread.
public enum ActionEffect: Hashable, Sendable {
    /// Run a confirmed plan.
    case run(ActionPlan)
    /// Count what a purge filter matches.
    case dryRun(PurgeFilter)
    /// Stop the running plan (rows not sent yet are cancelled).
    case cancelRun
}
