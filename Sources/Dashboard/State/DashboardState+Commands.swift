import DurableAPI
import Foundation

extension DashboardState {
    /// The `:` commands, as help lists them.
    public static let commandSummary = [
        (":instances  :i", "the instances table"),
        (":entities  :e", "the entities table"),
        (":window 1h|6h|24h|7d|30d", "created-time window (sent to the host)"),
        (":status failed|running|...|all", "status filter (sent to the host)"),
        (":q", "quit"),
    ]

    /// Runs a `:` command line.
    mutating func runCommand(_ line: String, now: Date) -> [Effect] {
        let words = line.split(separator: " ").map { String($0) }
        guard let name = words.first?.lowercased() else {
            return []
        }
        let argument = words.count > 1 ? words[1] : nil
        switch name {
        case "instances", "instance", "inst", "i", "orchestrations", "orch", "o":
            resetStack(to: .instances)
        case "entities", "entity", "ent", "e":
            resetStack(to: .entities)
        case "q", "q!", "quit", "exit":
            wantsQuit = true
        case "help", "h":
            showingHelp = true
        case "window", "w":
            guard let argument, let window = TimeWindow(spelling: argument) else {
                show("usage: :window 1h|6h|24h|7d|30d", level: .warning, now: now)
                return []
            }
            setWindow(window, now: now)
        case "status", "s":
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
        default:
            show("unknown command :\(name) (try :instances, :entities, :q)", level: .error, now: now)
        }
        return []
    }
}
