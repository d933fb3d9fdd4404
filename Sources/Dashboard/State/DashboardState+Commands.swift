import DurableAPI
import Foundation
import HubKit

extension DashboardState {
    /// Runs a `:` command line.
    mutating func runCommand(_ line: String, now: Date) -> [Effect] {
        let words = line.split(separator: " ").map { String($0) }
        guard let name = words.first?.lowercased() else {
            return []
        }
        let argument = words.count > 1 ? words[1] : nil
        guard let command = DashboardCommand.named(name) else {
            show("unknown command :\(name) (try :instances, :failures, :attention, :q)", level: .error, now: now)
            return []
        }
        if isFleetOverview, !command.kind.worksOnTheOverview {
            show("pick a hub first: Enter on its row, or :hub NAME", level: .warning, now: now)
            return []
        }
        switch command.kind {
        case .instances:
            resetStack(to: .instances, now: now)
        case .entities:
            resetStack(to: .entities, now: now)
        case .failures:
            resetStack(to: .failures, now: now)
        case .attention:
            resetStack(to: .attention, now: now)
        case .orchestrators:
            resetStack(to: .orchestrators, now: now)
        case .hubs:
            return hubsCommand(now: now)
        case .hub:
            return hubCommand(argument, now: now)
        case .quit:
            wantsQuit = true
        case .help:
            mode = .help(scroll: 0)
        case .export:
            return exportInstance(to: argument, now: now)
        case .window:
            guard let argument, let window = TimeWindow(spelling: argument) else {
                show("usage: " + command.usage, level: .warning, now: now)
                return []
            }
            setWindow(window, now: now)
        case .status:
            guard let argument else {
                show(
                    "usage: :status failed|running|pending|completed|terminated|suspended|all",
                    level: .warning,
                    now: now
                )
                return []
            }
            if argument.lowercased() == "all" {
                setStatusFilter(nil, now: now)
            } else if let status = RuntimeStatus.allKnown.first(where: { $0.name.lowercased() == argument.lowercased() }
            ) {
                setStatusFilter(status, now: now)
            } else {
                show("unknown status \"\(argument)\"", level: .warning, now: now)
            }
        }
        return []
    }
}
