/// `GenericEvent`: free text; after a rewind on Azure Storage, tombstones of the failed attempt.
public struct GenericHistoryEvent: HistoryEventDetails {
    /// `Data`: the event's text.
    public let data: String?

    /// Decodes this type's members of the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.data = try reader.optionalString("Data")
    }
}
