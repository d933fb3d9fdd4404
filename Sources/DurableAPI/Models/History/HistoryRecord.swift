import Foundation

/// One history event of a known type: what every event carries (its timestamp and its JSON exactly as received)
/// and the members its type adds (`members`), which read as the event's own (`event.functionName`).
@dynamicMemberLookup
public struct HistoryRecord<Details: HistoryEventDetails>: HistoryEventPayload {
    /// `Timestamp`.
    public let timestamp: Date
    /// The members of this event type.
    public let members: Details
    /// The event as received.
    public let raw: JSONValue

    /// Decodes the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.timestamp = try reader.date("Timestamp")
        self.members = try Details(json: json, at: path)
        self.raw = json
    }

    /// One of `members`, read as the event's own.
    public subscript<Value>(dynamicMember member: KeyPath<Details, Value>) -> Value {
        members[keyPath: member]
    }
}
