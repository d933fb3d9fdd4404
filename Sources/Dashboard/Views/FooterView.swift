import Foundation
import HubKit
import ScreenKit

/// The two bottom rows: the hint line generated from the key map, then the prompt, a flash message, or the
/// loading/tick status.
enum FooterView {
    static func draw(_ state: DashboardState, into grid: inout Grid, now: Date) {
        let hintRow = grid.size.rows - 2
        let bottomRow = grid.size.rows - 1
        drawHints(state, into: &grid, row: hintRow)
        if let prompt = state.prompt {
            let column = grid.put(prompt.symbol, row: bottomRow, column: 0, style: .prompt)
            let end = grid.put(prompt.text, row: bottomRow, column: column, style: .prompt)
            grid.cursor = GridPosition(row: bottomRow, column: min(end, grid.size.columns - 1))
            return
        }
        if let flash = state.flash, flash.isVisible(at: now) {
            let style: StyleName
            switch flash.level {
            case .info: style = .flashInfo
            case .warning: style = .flashWarn
            case .error: style = .flashError
            }
            grid.put(flash.text, row: bottomRow, column: 0, style: style, ellipsis: .end)
            return
        }
        let style: StyleName = state.freshness.isStale ? .flashError : .tableDim
        grid.put(statusText(state, now: now), row: bottomRow, column: 0, style: style, ellipsis: .end)
    }

    /// The hint line: the hinted bindings of the current mode (the view's, or the overlay's in front), `key label`
    /// pairs. A read-only session leaves the mutating keys out (help still lists them as disabled), so the narrow
    /// line shows only what works; Esc shows while it clears a filter, or as "back" in a scoped instances table.
    static func drawHints(_ state: DashboardState, into grid: inout Grid, row: Int) {
        var hints: [(key: KeyEvent, label: String)] = []
        let filtered = state.listFilterText?.isEmpty == false
        for binding in state.keyMap.bindings(for: state.keyMode) {
            guard let label = binding.hint, let key = binding.keys.first else {
                continue
            }
            if binding.mutates && state.options.readOnly {
                continue
            }
            if binding.action == .clearFilter && !filtered {
                if state.instanceScope != nil && state.current == .instances {
                    hints.append((key, "back"))
                } else if state.isFleetMember && state.stack.count == 1 {
                    hints.append((key, "hubs"))
                }
                continue
            }
            hints.append((key, label))
        }
        var column = 0
        for (key, label) in hints {
            let name = key.name(asciiOnly: grid.asciiOnly)
            let needed = DisplayWidth.columns(of: name) + 1 + DisplayWidth.columns(of: label) + 2
            if column + needed > grid.size.columns {
                break
            }
            column = grid.put(name, row: row, column: column, style: .hintKey)
            column = grid.put(" " + label + "  ", row: row, column: column, style: .hintLabel)
        }
    }

    /// The refresh error while data is stale, loading progress, or what the last tick cost.
    static func statusText(_ state: DashboardState, now: Date) -> String {
        if state.isFleetOverview {
            return fleetText(state, now: now)
        }
        let freshness = state.freshness
        if freshness.isStale {
            let times = freshness.consecutiveFailures > 1 ? " (\(freshness.consecutiveFailures)\u{00D7})" : ""
            return "refresh failed" + times + ": " + (freshness.lastError ?? "unknown error")
        }
        if let count = state.freshness.loadingCount {
            return "loading " + formatted(count) + "\u{2026}"
        }
        guard let tick = state.freshness.lastTick else {
            return ""
        }
        let traffic = tick.traffic
        let kind = tick.wasFullListing ? "full listing" : "last tick"
        let received = formatted(traffic.bytesReceived)
        return
            "\(kind): \(traffic.requests) requests, \(received) bytes in; \(formatted(state.store.count)) instances held"
    }

    /// The overview's status line: the selected hub's error in full while it has one (with the countdown to the
    /// next try while its host holds refreshes back), else how many hubs answer.
    static func fleetText(_ state: DashboardState, now: Date) -> String {
        if let hub = state.selectedHub, let detail = hub.summary.problemDetail {
            let countdown = hub.summary.retryAt.map { " (retry in \(HostBackoff.secondsLeft(until: $0, now: now)))" }
            return "\(hub.name)\(countdown ?? ""): \(detail)"
        }
        let rows = state.fleetRows.values
        let answering = rows.filter { $0.summary.lastSuccess != nil && $0.summary.problem == nil }.count
        let instances = rows.reduce(0) { $0 + $1.summary.total }
        return
            "\(answering) of \(rows.count) hubs answering; \(formatted(instances)) instances in their windows; Enter opens a hub"
    }

    /// `12,345`.
    static func formatted(_ number: Int) -> String {
        let digits = Array(String(abs(number)))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 {
                text.append(",")
            }
            text.append(digit)
        }
        return number < 0 ? "-" + text : text
    }
}
