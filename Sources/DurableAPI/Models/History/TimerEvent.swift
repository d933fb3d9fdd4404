import Foundation

/// `TimerCreated` or `TimerFired` (correlate the two by `fireAt`; the extension removes `TimerId`).
public struct TimerEvent: HistoryEventDetails {
    /// `FireAt`: when the timer is due.
    public let fireAt: Date?

    /// Decodes this type's members of the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.fireAt = try reader.optionalDate("FireAt")
    }
}
