import Foundation

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
