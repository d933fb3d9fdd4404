/// One `:` command as data: every name it answers to, and how help lists it.
struct DashboardCommand: Sendable {
    /// What a command does.
    enum Kind: Sendable {
        /// Show the instances table.
        case instances
        /// Show the entities table.
        case entities
        /// Show the failure clusters.
        case failures
        /// Show the attention queue.
        case attention
        /// Show the orchestrators' health.
        case orchestrators
        /// Change the created-time window.
        case window
        /// Change the status filter.
        case status
        /// Write the instance on screen as JSON to a file.
        case export
        /// Show the fleet overview.
        case hubs
        /// Bring a hub of the fleet in front.
        case hub
        /// Show help.
        case help
        /// Quit.
        case quit
    }

    /// What the command does.
    let kind: Kind
    /// Every name it answers to, in lower case.
    let names: [String]
    /// How help shows it (`:window 1h|6h|24h|7d|30d`).
    let usage: String
    /// What help says it does.
    let meaning: String

    /// Every command, in help order.
    static let all = [
        DashboardCommand(
            kind: .instances,
            names: ["instances", "instance", "inst", "i"],
            usage: ":instances  :i",
            meaning: "the instances table"
        ),
        DashboardCommand(
            kind: .entities,
            names: ["entities", "entity", "ent", "e"],
            usage: ":entities  :e",
            meaning: "the entities table"
        ),
        DashboardCommand(
            kind: .failures,
            names: ["failures", "failure", "fail", "f"],
            usage: ":failures  :f",
            meaning: "failed instances grouped by orchestrator and message"
        ),
        DashboardCommand(
            kind: .attention,
            names: ["attention", "att", "a"],
            usage: ":attention  :a",
            meaning: "instances that need a human now, with the reason"
        ),
        DashboardCommand(
            kind: .orchestrators,
            names: ["orchestrators", "orchestrator", "orch", "o"],
            usage: ":orchestrators  :o",
            meaning: "per orchestrator: counts, failure rate, p50/p95, starts"
        ),
        DashboardCommand(
            kind: .window,
            names: ["window", "w"],
            usage: ":window 1h|6h|24h|7d|30d",
            meaning: "created-time window (sent to the host)"
        ),
        DashboardCommand(
            kind: .status,
            names: ["status", "s"],
            usage: ":status failed|running|...|all",
            meaning: "status filter (sent to the host)"
        ),
        DashboardCommand(
            kind: .export,
            names: ["export", "x"],
            usage: ":export [PATH]  :x",
            meaning: "write this instance's JSON, secrets masked, to PATH or ./ID.json"
        ),
        DashboardCommand(
            kind: .hubs,
            names: ["hubs", "fleet"],
            usage: ":hubs",
            meaning: "the fleet overview: every task hub, trouble first"
        ),
        DashboardCommand(
            kind: .hub,
            names: ["hub"],
            usage: ":hub NAME",
            meaning: "into that hub of the fleet (Tab completes the name)"
        ),
        DashboardCommand(
            kind: .help,
            names: ["help", "h"],
            usage: ":help  :h",
            meaning: "keys and commands (this help)"
        ),
        DashboardCommand(kind: .quit, names: ["q", "q!", "quit", "exit"], usage: ":q", meaning: "quit"),
    ]

    /// The command answering to `name` (lower case), if any.
    static func named(_ name: String) -> DashboardCommand? {
        all.first { $0.names.contains(name) }
    }
}

extension DashboardCommand.Kind {
    /// Whether the command means something on the fleet overview, which holds no hub's rows itself.
    var worksOnTheOverview: Bool {
        switch self {
        case .hubs, .hub, .help, .quit: true
        case .instances, .entities, .failures, .attention, .orchestrators, .window, .status, .export: false
        }
    }
}
