import Foundation

/// One element of the entity list (`GET /entities`, §4.6).
public struct EntityStatus: Sendable, Hashable {
    /// `entityId`.
    public var entityId: EntityID
    /// `lastOperationTime` (up to 7 fraction digits on the host).
    public var lastOperationTime: Date
    /// `state`: the entity state as JSON; `.null` when listed without `fetchState` or when missing.
    public var state: JSONValue

    /// Creates an entity status.
    public init(entityId: EntityID, lastOperationTime: Date, state: JSONValue = .null) {
        self.entityId = entityId
        self.lastOperationTime = lastOperationTime
        self.state = state
    }
}

extension EntityStatus: JSONDecodable {
    /// Decodes one list element; unknown keys are ignored, a missing `state` reads as null.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.init(
            entityId: try reader.decode("entityId"),
            lastOperationTime: try reader.date("lastOperationTime"),
            state: reader.value("state")
        )
    }
}

extension EntityStatus: JSONEncodable {
    /// The host's JSON: `entityId`, `lastOperationTime` (Newtonsoft style with `Z`), `state` (null included).
    public var json: JSONValue {
        [
            "entityId": entityId.json,
            "lastOperationTime": .string(DurableDate.format(lastOperationTime, style: .fractional)),
            "state": state,
        ]
    }
}
