/// What applying a poll update changed, so the caller recomputes only that.
public struct StateChanges: OptionSet, Hashable, Sendable {
    /// The raw bits.
    public let rawValue: Int

    /// Creates changes from raw bits.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// The inputs of the instances table's rows (the store, the filter, the sort, the window) changed: its rows
    /// need filtering and sorting again.
    public static let instanceRows = StateChanges(rawValue: 1 << 0)
    /// The entity list changed (its rows are already recomputed: they are few).
    public static let entityRows = StateChanges(rawValue: 1 << 1)
    /// A detail screen on the stack got new data.
    public static let details = StateChanges(rawValue: 1 << 2)
    /// The freshness or loading progress changed.
    public static let freshness = StateChanges(rawValue: 1 << 3)
}
