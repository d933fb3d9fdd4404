/// The three date shapes the durable host writes (§3, §4.2, §6.1, §9 item 4).
public enum DurableDateStyle: Sendable, Hashable, CaseIterable {
    /// `2024-05-01T09:00:00Z`: whole seconds (fraction truncated), `Z` forced. Status `createdTime` /
    /// `lastUpdatedTime`, and the format to send in date query parameters.
    case wholeSeconds
    /// `2024-05-01T09:00:00.1452372Z`: Newtonsoft's default, up to 7 fraction digits with trailing zeros
    /// trimmed (no `.` at all when the fraction is zero), `Z`. History `Timestamp`, entity `lastOperationTime`.
    case fractional
    /// `2024-05-01T09:00:01.9939873+00:00`: like `fractional` but with the `+00:00` offset, as history
    /// `ScheduledTime` comes out of a UTC host.
    case fractionalWithOffset
}
