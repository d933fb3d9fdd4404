/// How times are shown.
public enum TimeDisplay: Hashable, Sendable, CaseIterable {
    /// "3m ago" for last-updated times; created times in UTC.
    case relative
    /// Absolute times in UTC.
    case utc
    /// Absolute times in the local time zone.
    case local

    /// The next mode (wrapping around).
    public var next: TimeDisplay {
        switch self {
        case .relative: .utc
        case .utc: .local
        case .local: .relative
        }
    }

    /// The mode's name in the title bar.
    public var label: String {
        switch self {
        case .relative: "relative"
        case .utc: "UTC"
        case .local: "local"
        }
    }
}
