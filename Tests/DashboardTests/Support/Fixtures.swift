import Dashboard
import DurableAPI
import Foundation
import HubKit
import ScreenKit

/// A fixed "now" for deterministic rendering: 2026-03-10 12:00:00 UTC.
let fixedNow = Date(timeIntervalSince1970: 1_773_144_000)

/// An instance created `ageSeconds` before ``fixedNow`` and updated `updatedSeconds` before it.
func instance(
    _ id: String,
    name: String = "ProcessOrder",
    status: RuntimeStatus = .running,
    ageSeconds: TimeInterval = 600,
    updatedSeconds: TimeInterval = 30,
    customStatus: JSONValue = .null,
    output: JSONValue = .null,
    history: [HistoryEvent]? = nil
) -> OrchestrationStatus {
    OrchestrationStatus(
        name: name,
        instanceId: id,
        runtimeStatus: status,
        customStatus: customStatus,
        output: output,
        createdTime: fixedNow.addingTimeInterval(-ageSeconds),
        lastUpdatedTime: fixedNow.addingTimeInterval(-updatedSeconds),
        historyEvents: history
    )
}

/// A history event decoded from its JSON text (as the host sends it).
func event(_ json: String) throws -> HistoryEvent {
    try HistoryEvent(json: JSONValue(parsing: json))
}

/// A state holding instances, as if a first full listing had finished.
func loadedState(
    _ instances: [OrchestrationStatus],
    options: DashboardOptions = DashboardOptions(endpointHost: "localhost:7071", taskHub: "TestHub")
) -> DashboardState {
    var state = DashboardState(options: options)
    state.apply(.instancesComplete(instances, pagesDelivered: false), now: fixedNow)
    state.apply(
        .tickSucceeded(TickReport(finishedAt: fixedNow.addingTimeInterval(-3), wasFullListing: true, traffic: .init())),
        now: fixedNow
    )
    return state
}

/// Presses keys in order.
func press(_ keys: [KeyEvent], on state: inout DashboardState) {
    for key in keys {
        _ = state.handle(key, now: fixedNow)
    }
}

/// Types text into a prompt, then presses Enter.
func type(_ text: String, on state: inout DashboardState) {
    press(text.map { KeyEvent.character($0) } + [.enter], on: &state)
}

/// The rendered screen at 80×24.
func screen(_ state: DashboardState, columns: Int = 80, rows: Int = 24) -> Grid {
    Renderer.render(state, size: GridSize(columns: columns, rows: rows), now: fixedNow)
}

/// The column where `text` starts on a grid row, counted in cells (display columns), or `nil`.
func column(of text: String, inRow row: Int, of grid: Grid) -> Int? {
    let cells = Array(grid.row(row))
    let target = Array(text)
    guard !target.isEmpty else {
        return nil
    }
    for start in cells.indices {
        var index = start
        var matched = 0
        while index < cells.count && matched < target.count {
            if cells[index].isContinuation {
                index += 1
                continue
            }
            guard cells[index].text == String(target[matched]) else {
                break
            }
            matched += 1
            index += 1
        }
        if matched == target.count {
            return start
        }
    }
    return nil
}
