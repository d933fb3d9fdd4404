import DurableAPI
import HubKit

/// One hub of `status --all`: which hub it is, where it lives, and what the look found.
struct FleetStatusRow {
    /// The table's count columns: heading and runtime status.
    static let countColumns: [(title: String, status: RuntimeStatus)] = [
        ("RUNNING", .running),
        ("PENDING", .pending),
        ("SUSPENDED", .suspended),
        ("FAILED", .failed),
        ("COMPLETED", .completed),
        ("TERMINATED", .terminated),
    ]

    /// The table's heading.
    static let titles =
        ["NAME", "HOST", "HUB", "RO"] + countColumns.map(\.title) + ["FAILED/1H", "ATTENTION", "STATE"]

    /// The hub: its connection and task hub.
    let hub: FleetHub
    /// The endpoint's host and port.
    let host: String
    /// What the look found.
    let summary: HubSummary

    /// The hub's name (`conn` or `conn/TaskHub`).
    var name: String { hub.name }

    /// `ok`, or the problem in words.
    var state: String { summary.problem?.words ?? "ok" }

    /// The table cells, sanitized; a hub that could not be looked at shows `-` for each number.
    var cells: [String] {
        let looked = summary.problem == nil
        let number: (Int) -> String = { looked ? String($0) : "-" }
        let names = [name, host, hub.taskHub ?? "-", hub.connection.readOnly ? "RO" : ""]
        let counts = Self.countColumns.map { number(summary.counts[$0.status] ?? 0) }
        let tail = [number(summary.failuresLastHour), number(summary.attention), state]
        return (names + counts + tail).map { HostText.sanitized($0, limit: 200) }
    }

    /// The row as a JSON object; the numbers are null for a hub that could not be looked at.
    var json: JSONValue {
        let looked = summary.problem == nil
        let number: (Int) -> JSONValue = { looked ? .number(JSONNumber($0)) : .null }
        var counts: [(String, JSONValue)] = RuntimeStatus.allKnown.map { ($0.name, number(summary.counts[$0] ?? 0)) }
        let unknown = summary.counts.filter { !RuntimeStatus.allKnown.contains($0.key) }
        counts += unknown.sorted { $0.key.name < $1.key.name }.map { ($0.key.name, number($0.value)) }
        return JSONValue(fields: [
            ("name", .string(name)),
            ("connection", .string(hub.connection.name)),
            ("host", .string(host)),
            ("taskHub", hub.taskHub.map(JSONValue.string) ?? .null),
            ("readOnly", .bool(hub.connection.readOnly)),
            ("counts", looked ? JSONValue(fields: counts) : .null),
            ("failuresLastHour", number(summary.failuresLastHour)),
            ("attention", number(summary.attention)),
            ("state", .string(state)),
            ("error", summary.problemDetail.map(JSONValue.string) ?? .null),
        ])
    }

    /// The problem's line for stderr (`dead: unreachable: couldn't connect …`), or `nil` for a hub looked at.
    var problemLine: String? {
        summary.problem.map { "\(name): \($0.words): \(summary.problemDetail ?? "")" }
    }

    /// Whether `first` shows before `second`: trouble first (``HubSummary/troubleFirst(_:_:)``).
    static func troubleFirst(_ first: FleetStatusRow, _ second: FleetStatusRow) -> Bool {
        HubSummary.troubleFirst((first.name, first.summary), (second.name, second.summary))
    }
}
