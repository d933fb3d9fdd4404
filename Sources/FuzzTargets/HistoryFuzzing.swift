import DurableAPI
import Foundation

/// The `history` target: a JSON document decoded as one history event, as a list of them and as a status object
/// (which holds them); every accessor of a decoded event is read, and a decoded status's own JSON (what the
/// simulated host sends for it) must decode to a status with the very same JSON.
enum HistoryFuzzing {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        guard let json = try? JSONValue(parsing: Data(bytes)) else {
            return .rejected("not JSON (the json target covers its errors)")
        }
        var errors: [String] = []
        do {
            read(try HistoryEvent(json: json))
        } catch {
            errors.append(error.description)
        }
        do {
            try [HistoryEvent](json: json).forEach(read)
        } catch {
            errors.append(error.description)
        }
        do {
            let status = try OrchestrationStatus(json: json)
            status.historyEvents?.forEach(read)
            let again: OrchestrationStatus
            do {
                again = try OrchestrationStatus(json: status.json)
            } catch {
                return .broken("a decoded status's own JSON does not decode: \(error.description)")
            }
            guard again.json == status.json else {
                return .broken("a decoded status's own JSON decodes to different JSON: \(again.json.compactText)")
            }
        } catch {
            errors.append(error.description)
        }
        return errors.count == 3 ? .rejected(errors.joined(separator: "; ")) : .accepted
    }

    /// Reads everything the dashboard reads of an event.
    private static func read(_ event: HistoryEvent) {
        _ = event.type
        _ = event.eventTypeName
        _ = event.timestamp
        _ = event.name
        _ = event.input?.value
        _ = event.result?.compactText
        _ = event.isFailure
        _ = event.json.prettyText
    }
}
