import Foundation

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
