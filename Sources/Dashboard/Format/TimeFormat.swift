import Foundation

/// Time and duration texts, short enough for table columns, in UTC or the local time zone.
public enum TimeFormat {
    /// `3s ago`, `5m ago`, `2h ago`, `4d ago`; `in 3s` for future times.
    public static func relative(_ date: Date, now: Date) -> String {
        let seconds = now.timeIntervalSince(date)
        if seconds < 0 {
            return "in " + compact(-seconds)
        }
        return compact(seconds) + " ago"
    }

    /// `12s`, `5m`, `2h`, `4d`: one unit, rounded down.
    public static func compact(_ interval: TimeInterval) -> String {
        let seconds = Int(interval)
        if seconds < 60 {
            return "\(seconds)s"
        }
        if seconds < 3_600 {
            return "\(seconds / 60)m"
        }
        if seconds < 86_400 {
            return "\(seconds / 3_600)h"
        }
        return "\(seconds / 86_400)d"
    }

    /// `850ms`, `12.3s`, `3m04s`, `2h05m`, `3d04h`.
    public static func duration(_ interval: TimeInterval) -> String {
        let value = max(0, interval)
        if value < 1 {
            return "\(Int(value * 1_000))ms"
        }
        if value < 60 {
            let tenths = Int(value * 10)
            return tenths % 10 == 0 ? "\(tenths / 10)s" : "\(tenths / 10).\(tenths % 10)s"
        }
        let seconds = Int(value)
        if seconds < 3_600 {
            return "\(seconds / 60)m" + pad(seconds % 60) + "s"
        }
        if seconds < 86_400 {
            return "\(seconds / 3_600)h" + pad(seconds / 60 % 60) + "m"
        }
        return "\(seconds / 86_400)d" + pad(seconds / 3_600 % 24) + "h"
    }

    /// `2024-05-01 09:00:07` in UTC or local time, with a `Z` suffix for UTC.
    public static func absolute(_ date: Date, local: Bool) -> String {
        let parts = components(of: date, local: local)
        let day = "\(parts.year ?? 0)-" + pad(parts.month) + "-" + pad(parts.day)
        return day + " " + clock(parts) + (local ? "" : "Z")
    }

    /// Short absolute form for tables: `09:00:07` today, `05-01 09:00` otherwise.
    public static func short(_ date: Date, now: Date, local: Bool) -> String {
        let parts = components(of: date, local: local)
        let today = components(of: now, local: local)
        if parts.year == today.year && parts.month == today.month && parts.day == today.day {
            return clock(parts)
        }
        return pad(parts.month) + "-" + pad(parts.day) + " " + pad(parts.hour) + ":" + pad(parts.minute)
    }

    /// `09:00:07.123` (milliseconds), for history timestamps.
    public static func clockWithMilliseconds(_ date: Date, local: Bool) -> String {
        let parts = components(of: date, local: local)
        let milliseconds = Int((date.timeIntervalSince1970 * 1_000).rounded(.down)) % 1_000
        let text = String(milliseconds)
        return clock(parts) + "." + String(repeating: "0", count: 3 - text.count) + text
    }

    /// `+1.2s` style offset from a start time.
    public static func offset(_ interval: TimeInterval) -> String {
        "+" + duration(interval)
    }

    private static func components(of date: Date, local: Bool) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = local ? TimeZone.current : TimeZone(identifier: "UTC") ?? TimeZone.current
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }

    private static func clock(_ parts: DateComponents) -> String {
        pad(parts.hour) + ":" + pad(parts.minute) + ":" + pad(parts.second)
    }

    private static func pad(_ value: Int?) -> String {
        let value = value ?? 0
        return value < 10 ? "0\(value)" : "\(value)"
    }
}
