import DurableAPI
import Foundation

/// Renders §4.2 status objects and §4.6 entity rows.
enum StatusPayload {
    /// The status object of `snapshot`, keys in the host's order; `historyEvents` only when loaded.
    static func json(_ snapshot: InstanceSnapshot, showInput: Bool) -> JSONValue {
        let status = OrchestrationStatus(
            name: snapshot.name,
            instanceId: snapshot.instanceId,
            runtimeStatus: RuntimeStatus(name: snapshot.status.name),
            input: showInput ? parsed(snapshot.input) : .null,
            customStatus: parsed(snapshot.customStatus),
            output: parsed(snapshot.output),
            createdTime: snapshot.createdTime,
            lastUpdatedTime: snapshot.lastUpdatedTime
        )
        guard let history = snapshot.history else {
            return status.json
        }
        return status.json.setting("historyEvents", .array(history))
    }

    /// An entity list element (§4.6); `state` is `null` unless fetched.
    static func json(_ row: EntityRow, fetchState: Bool) -> JSONValue {
        EntityStatus(
            entityId: EntityID(name: row.name, key: row.key),
            lastOperationTime: row.lastOperationTime,
            state: fetchState ? parsed(row.state) : .null
        ).json
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
