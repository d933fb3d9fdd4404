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

/// `EventRaised` (an external event arrived) or `EventSent` (this orchestration sent one to `instanceId`).
public struct MessageEvent: HistoryEventPayload {
    /// `Timestamp`.
    public let timestamp: Date
    /// `Name`: the event name.
    public let name: String?
    /// `InstanceId`: the target instance (`EventSent` only).
    public let instanceId: String?
    /// `Input`: the event payload as raw JSON text.
    public let input: EmbeddedJSON?
    /// The event as received.
    public let raw: JSONValue

    /// Decodes the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.timestamp = try reader.date("Timestamp")
        self.name = try reader.optionalString("Name")
        self.instanceId = try reader.optionalString("InstanceId")
        self.input = try reader.optionalEmbeddedJSON("Input")
        self.raw = json
    }
}

/// `GenericEvent`: free text; after a rewind on Azure Storage, tombstones of the failed attempt.
public struct GenericHistoryEvent: HistoryEventPayload {
    /// `Timestamp`.
    public let timestamp: Date
    /// `Data`: the event's text.
    public let data: String?
    /// The event as received.
    public let raw: JSONValue

    /// Decodes the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.timestamp = try reader.date("Timestamp")
        self.data = try reader.optionalString("Data")
        self.raw = json
    }
}
