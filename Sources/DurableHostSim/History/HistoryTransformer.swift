import DurableAPI
import Foundation

/// The extension's history transformation (§6.1): turns the provider's raw events into `historyEvents`.
struct HistoryTransformer: Sendable {
    /// `showInput` (default true): when false every `Input` is dropped.
    var showInput = true
    /// `showHistoryOutput` (default false): when true `Result`s are kept, parsed as JSON.
    var showHistoryOutput = false

    /// Transforms raw DurableTask.Core events (as serialized by `RawHistory`) into the API's `historyEvents`.
    func transform(_ raw: [JSONValue]) -> [JSONValue] {
        var scheduledById: [Int: JSONValue] = [:]
        var completedIds: Set<Int> = []
        for event in raw {
            switch event["EventType"]?.intValue {
            case 4, 7:
                if let id = event["EventId"]?.intValue {
                    scheduledById[id] = event
                }
            case 5, 6, 8, 9:
                if let id = event["TaskScheduledId"]?.intValue {
                    completedIds.insert(id)
                }
            default:
                break
            }
        }
        var output: [JSONValue] = []
        output.reserveCapacity(raw.count)
        for event in raw {
            let type = event["EventType"]?.intValue ?? -1
            if type == 12 || type == 13 {
                continue
            }
            if type == 4 || type == 7, let id = event["EventId"]?.intValue, completedIds.contains(id) {
                continue
            }
            output.append(edit(event, type: type, scheduledById: scheduledById))
        }
        return output
    }

    private func edit(_ raw: JSONValue, type: Int, scheduledById: [Int: JSONValue]) -> JSONValue {
        var event = raw.removing("EventId").removing("IsPlayed")
        if let name = CoreHistoryEventNames.name(ofValue: type) {
            event = event.setting("EventType", .string(name))
        }
        if !showInput {
            event = event.removing("Input")
        }
        switch type {
        case 0:
            let name = event["Name"] ?? .null
            event = event.removing("Name").removing("OrchestrationInstance").removing("ParentInstance")
                .removing("Version").removing("Tags").setting("FunctionName", name)
        case 1:
            if let status = event["OrchestrationStatus"]?.intValue,
                let name = CoreOrchestrationStatus(rawValue: status)?.name
            {
                event = event.setting("OrchestrationStatus", .string(name))
            }
            event = resultRule(event)
        case 4, 7:
            event = event.removing("Version")
        case 5, 6, 8, 9:
            let scheduled = event["TaskScheduledId"]?.intValue.flatMap { scheduledById[$0] }
            event = event.removing("TaskScheduledId")
            if type == 5 || type == 8 {
                event = resultRule(event)
            }
            if let scheduled {
                event = event.setting("ScheduledTime", scheduledTime(scheduled["Timestamp"]))
                event = event.setting("FunctionName", scheduled["Name"] ?? .null)
                if showInput {
                    event = event.setting("Input", scheduled["Input"] ?? .null)
                }
            }
        case 11:
            event = event.removing("TimerId")
        default:
            break
        }
        return event
    }

    /// `Result` removed unless `showHistoryOutput`, else parsed as JSON with a raw-string fallback.
    private func resultRule(_ event: JSONValue) -> JSONValue {
        guard showHistoryOutput else {
            return event.removing("Result")
        }
        guard case .string(let text)? = event["Result"] else {
            return event
        }
        let parsed = (try? JSONValue(parsing: text)) ?? .string(text)
        return event.setting("Result", parsed)
    }

    /// The scheduled event's timestamp re-serialized from a parsed date on a UTC host: `+00:00` form.
    private func scheduledTime(_ timestamp: JSONValue?) -> JSONValue {
        guard let text = timestamp?.stringValue, let date = DurableDate.parse(text) else {
            return timestamp ?? .null
        }
        return .string(DurableDate.format(date, style: .fractionalWithOffset))
    }
}
