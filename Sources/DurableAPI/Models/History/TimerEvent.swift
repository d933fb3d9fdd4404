import Foundation

/// `TimerCreated` or `TimerFired` (correlate the two by `fireAt`; the extension removes `TimerId`).
public struct TimerEvent: HistoryEventPayload {
    /// `Timestamp`.
    public let timestamp: Date
    /// `FireAt`: when the timer is due.
    public let fireAt: Date?
    /// The event as received.
    public let raw: JSONValue

    /// Decodes the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.timestamp = try reader.date("Timestamp")
        self.fireAt = try reader.optionalDate("FireAt")
        self.raw = json
    }
}
