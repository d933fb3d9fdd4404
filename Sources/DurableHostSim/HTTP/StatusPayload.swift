import DurableAPI
import Foundation

/// Renders §4.2 status objects and §4.6 entity rows.
enum StatusPayload {
    /// The status object of `snapshot`, keys in the host's order; `historyEvents` only when loaded.
    static func json(_ snapshot: InstanceSnapshot, showInput: Bool) -> JSONValue {
        var object: JSONValue = [
            "name": .string(snapshot.name),
            "instanceId": .string(snapshot.instanceId),
            "runtimeStatus": .string(snapshot.status.name),
            "input": showInput ? parsed(snapshot.input) : .null,
            "customStatus": parsed(snapshot.customStatus),
            "output": parsed(snapshot.output),
            "createdTime": .string(DurableDate.format(snapshot.createdTime, style: .wholeSeconds)),
            "lastUpdatedTime": .string(DurableDate.format(snapshot.lastUpdatedTime, style: .wholeSeconds)),
        ]
        if let history = snapshot.history {
            object = object.setting("historyEvents", .array(history))
        }
        return object
    }

    /// An entity list element (§4.6); `state` is `null` unless fetched.
    static func json(_ row: EntityRow, fetchState: Bool) -> JSONValue {
        [
            "entityId": ["name": .string(row.name), "key": .string(row.key)],
            "lastOperationTime": .string(DurableDate.format(row.lastOperationTime, style: .fractional)),
            "state": fetchState ? parsed(row.state) : .null,
        ]
    }

    /// Stored text parsed as JSON; invalid JSON comes back as a string, blank text as `""`, absent as `null`.
    static func parsed(_ text: String?) -> JSONValue {
        guard let text else {
            return .null
        }
        if text.allSatisfy(\.isWhitespace) {
            return ""
        }
        return (try? JSONValue(parsing: text)) ?? .string(text)
    }
}
