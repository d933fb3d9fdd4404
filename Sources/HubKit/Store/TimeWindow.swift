import Foundation

/// The created-time window of the instances list, sent to the host as `createdTimeFrom`.
public enum TimeWindow: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Created in the last hour.
    case lastHour
    /// Created in the last 6 hours.
    case last6Hours
    /// Created in the last 24 hours (the default).
    case last24Hours
    /// Created in the last 7 days.
    case last7Days
    /// Created in the last 30 days.
    case last30Days

    /// How far back the window reaches.
    public var span: TimeInterval {
        switch self {
        case .lastHour: 3_600
        case .last6Hours: 6 * 3_600
        case .last24Hours: 24 * 3_600
        case .last7Days: 7 * 86_400
        case .last30Days: 30 * 86_400
        }
    }

    /// `1h`, `6h`, `24h`, `7d`, `30d`: the spelling in the title bar and in `:window`.
    public var description: String {
        switch self {
        case .lastHour: "1h"
        case .last6Hours: "6h"
        case .last24Hours: "24h"
        case .last7Days: "7d"
        case .last30Days: "30d"
        }
    }

    /// The window after this one (wrapping around), for the quick-range key.
    public var next: TimeWindow {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }

    /// The window spelled `1h`, `6h`, `24h`, `7d` or `30d`.
    public init?(spelling: String) {
        guard let window = Self.allCases.first(where: { $0.description == spelling.lowercased() }) else {
            return nil
        }
        self = window
    }

    /// The first creation time inside the window.
    public func start(now: Date) -> Date {
        now.addingTimeInterval(-span)
    }
}
