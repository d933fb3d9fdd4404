/// The purge answer (§4.5): `{"instancesDeleted": N}`.
public struct PurgeResult: Sendable, Hashable {
    /// `instancesDeleted`.
    public var instancesDeleted: Int

    /// Creates a purge result.
    public init(instancesDeleted: Int) {
        self.instancesDeleted = instancesDeleted
    }
}

extension PurgeResult: JSONDecodable {
    /// Decodes `{"instancesDeleted": N}`; unknown keys are ignored.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.init(instancesDeleted: try reader.int("instancesDeleted"))
    }
}

extension PurgeResult: JSONEncodable {
    /// `{"instancesDeleted":N}`.
    public var json: JSONValue {
        ["instancesDeleted": .number(JSONNumber(instancesDeleted))]
    }
}
