import DurableAPI

extension FaultRule {
    /// Reads a rule from the admin route's JSON: `{"kind":"serviceUnavailable","probability":0.5}` or
    /// `{"kind":"dropConnection","next":3}`, optional `latencyMs` (or `latencyMilliseconds`, the Codable name),
    /// `retryAfter` and `taskHub` (absent, empty or `null` = every hub).
    init?(json: JSONValue) {
        guard let name = json["kind"]?.stringValue, let kind = FaultKind(rawValue: name) else {
            return nil
        }
        self.init(
            kind: kind,
            probability: json["probability"]?.doubleValue ?? 1,
            nextRequests: json["next"]?.intValue,
            latencyMilliseconds: json["latencyMs"]?.intValue ?? json["latencyMilliseconds"]?.intValue ?? 500,
            retryAfterSeconds: json["retryAfter"]?.intValue ?? 5,
            taskHub: json["taskHub"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        )
    }

    /// The rule in the admin route's JSON shape.
    var json: JSONValue {
        [
            "kind": .string(kind.rawValue),
            "probability": .number(JSONNumber(probability)),
            "next": nextRequests.map { .number(JSONNumber($0)) } ?? .null,
            "latencyMs": .number(JSONNumber(latencyMilliseconds)),
            "retryAfter": .number(JSONNumber(retryAfterSeconds)),
            "taskHub": taskHub.map { .string($0) } ?? .null,
        ]
    }
}
