import DurableAPI
import Foundation

/// Renders §4.2 status objects and §4.6 entity rows.
enum StatusPayload {
    /// The status object of `snapshot`, keys in the host's order; `historyEvents` only when loaded.
    static func json(_ snapshot: InstanceSnapshot, showInput: Bool) -> JSONValue {
        let record = snapshot.record
        let status = OrchestrationStatus(
            name: record.name,
            instanceId: record.instanceId,
            runtimeStatus: RuntimeStatus(name: record.status.name),
            input: showInput ? parsed(record.input) : .null,
            customStatus: parsed(record.customStatus),
            output: parsed(record.output),
            createdTime: record.createdTime,
            lastUpdatedTime: record.lastUpdatedTime
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
