import Collections

extension OrchestrationStatus: JSONDecodable {
    /// Decodes a status object; unknown keys are ignored, missing `input`/`customStatus`/`output` read as null.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.init(
            name: try reader.optionalString("name"),
            instanceId: try reader.string("instanceId"),
            runtimeStatus: RuntimeStatus(name: try reader.string("runtimeStatus")),
            input: reader.value("input"),
            customStatus: reader.value("customStatus"),
            output: reader.value("output"),
            createdTime: try reader.date("createdTime"),
            lastUpdatedTime: try reader.date("lastUpdatedTime"),
            historyEvents: try reader.optionalDecode("historyEvents")
        )
    }
}

extension OrchestrationStatus: JSONEncodable {
    /// The host's JSON: keys in `StatusResponsePayload` order, nulls included, times as whole seconds with `Z`,
    /// `historyEvents` (each event's raw JSON) only when not `nil`. Compact-serialized, this is byte for byte
    /// what the host sends.
    public var json: JSONValue {
        var members: OrderedDictionary<String, JSONValue> = [
            "name": name.map(JSONValue.string) ?? .null,
            "instanceId": .string(instanceId),
            "runtimeStatus": .string(runtimeStatus.name),
            "input": input,
            "customStatus": customStatus,
            "output": output,
            "createdTime": .string(DurableDate.format(createdTime, style: .wholeSeconds)),
            "lastUpdatedTime": .string(DurableDate.format(lastUpdatedTime, style: .wholeSeconds)),
        ]
        if let historyEvents {
            members["historyEvents"] = historyEvents.json
        }
        return .object(members)
    }
}
