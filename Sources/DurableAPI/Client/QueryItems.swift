import Foundation

/// An ordered list of query parameters, encoded with ``PercentEncoding/encodeQueryValue(_:)``.
public struct QueryItems: Sendable, Hashable {
    /// The items in the order they are sent.
    public private(set) var items: [Item]

    /// One `name=value` pair.
    public struct Item: Sendable, Hashable {
        /// The parameter name.
        public let name: String
        /// The parameter value, not yet encoded.
        public let value: String
    }

    /// Creates an empty list.
    public init() {
        items = []
    }

    /// Appends `name=value`.
    public mutating func add(_ name: String, _ value: String) {
        items.append(Item(name: name, value: value))
    }

    /// Appends `name=value` when `value` is non-nil.
    public mutating func add(_ name: String, ifPresent value: String?) {
        if let value {
            add(name, value)
        }
    }

    /// Appends `name=<UTC yyyy-MM-ddTHH:mm:ssZ>` when `date` is non-nil.
    public mutating func add(_ name: String, date: Date?) {
        if let date {
            add(name, DurableDate.format(date, style: .wholeSeconds))
        }
    }

    /// Appends `name=<seconds>` (`30`, or `0.5` for fractions).
    public mutating func add(_ name: String, seconds: Duration) {
        let (whole, attoseconds) = seconds.components
        if attoseconds == 0 {
            add(name, String(whole))
        } else {
            let milliseconds = whole * 1000 + attoseconds / 1_000_000_000_000_000
            add(name, String(Double(milliseconds) / 1000))
        }
    }

    /// `a=1&b=2`, every name and value percent-encoded.
    public var encoded: String {
        var parts: [String] = []
        for item in items {
            parts.append(
                PercentEncoding.encodeQueryValue(item.name) + "=" + PercentEncoding.encodeQueryValue(item.value)
            )
        }
        return parts.joined(separator: "&")
    }
}
