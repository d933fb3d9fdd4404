import Foundation

/// A short message in the bottom line, cleared after a few seconds.
public struct Flash: Hashable, Sendable {
    /// How serious the message is.
    public enum Level: Hashable, Sendable {
        /// Information.
        case info
        /// A warning.
        case warning
        /// An error.
        case error
    }

    /// The message text.
    public var text: String
    /// How serious it is.
    public var level: Level
    /// When it was shown.
    public var shownAt: Date

    /// Creates a message.
    public init(_ text: String, level: Level, shownAt: Date) {
        self.text = text
        self.level = level
        self.shownAt = shownAt
    }

    /// How long a message stays.
    public static let lifetime: TimeInterval = 6

    /// Whether the message is still shown at `now`.
    public func isVisible(at now: Date) -> Bool {
        now.timeIntervalSince(shownAt) < Self.lifetime
    }
}
