import Foundation
import HubKit

extension DashboardState {
    /// Whether this state is a hub of a fleet (Esc and `q` at its top go back to the overview).
    var isFleetMember: Bool {
        options.hubName != nil && !options.fleet.isEmpty
    }

    /// Shows the fleet's rows as they are now (the overview's own state only).
    public mutating func showFleet(_ rows: [FleetRow]) {
        var byName: [String: FleetRow] = [:]
        for row in rows {
            byName[row.name] = row
        }
        fleetRows = byName
        refreshHubList()
    }

    /// Filters the overview's rows by the `/` text and puts trouble first.
    mutating func refreshHubList() {
        let needle = hubList.filterText.lowercased()
        let shown = fleetRows.values.filter { $0.matches(needle) }
        let ordered = shown.sorted { first, second in
            HubSummary.troubleFirst((first.name, first.summary), (second.name, second.summary))
        }
        hubList.show(ordered.map(\.name), pageHeight: pageHeight)
    }

    /// The hub row under the overview's cursor.
    public var selectedHub: FleetRow? {
        hubList.selectedID.flatMap { fleetRows[$0] }
    }

    /// `:hub NAME`: the fleet's hub of that name (exactly, else the only one starting with it, in any letter case).
    mutating func hubCommand(_ argument: String?, now: Date) -> [Effect] {
        guard !options.fleet.isEmpty else {
            show(Self.noFleet, level: .warning, now: now)
            return []
        }
        guard let argument else {
            show("usage: :hub NAME (Tab completes; :hubs lists them)", level: .warning, now: now)
            return []
        }
        let matches = Self.hubNames(options.fleet, matching: argument)
        guard matches.count == 1 else {
            let known = options.fleet.joined(separator: ", ")
            let problem = matches.isEmpty ? "no hub \"\(argument)\"" : "\"\(argument)\" could be several hubs"
            show("\(problem); hubs: \(known)", level: .warning, now: now)
            return []
        }
        return [.fleet(.hub(matches[0]))]
    }

    /// `:hubs`: the fleet overview.
    mutating func hubsCommand(now: Date) -> [Effect] {
        guard !options.fleet.isEmpty else {
            show(Self.noFleet, level: .warning, now: now)
            return []
        }
        return current == .hubs ? [] : [.fleet(.overview)]
    }

    /// What `:hub` and `:hubs` say in a session that watches one hub.
    static let noFleet =
        "one hub in this session: durabletop --all, or durabletop with no --url or -c, opens the fleet overview"

    /// The names equal to `typed` (any letter case), else those starting with it.
    static func hubNames(_ names: [String], matching typed: String) -> [String] {
        let wanted = typed.lowercased()
        let exact = names.filter { $0.lowercased() == wanted }
        return exact.isEmpty ? names.filter { $0.lowercased().hasPrefix(wanted) } : exact
    }

    /// Tab in the `:` prompt: completes the command word, or the hub name after `:hub`, as far as the candidates
    /// agree; lists them on the flash line when several remain.
    mutating func complete(_ prompt: Prompt, now: Date) {
        let words = prompt.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let candidates: [String]
        let prefix: String
        if words.count <= 1 {
            prefix = ""
            candidates = DashboardCommand.all.compactMap(\.names.first).filter {
                $0.hasPrefix((words.first ?? "").lowercased())
            }
        } else if words.count == 2, DashboardCommand.named(words[0].lowercased())?.kind == .hub {
            prefix = words[0] + " "
            candidates = options.fleet.filter { $0.lowercased().hasPrefix(words[1].lowercased()) }
        } else {
            return
        }
        guard let first = candidates.first else {
            show("nothing to complete", level: .info, now: now)
            return
        }
        var common = first
        for candidate in candidates.dropFirst() {
            common = String(common.commonPrefix(with: candidate))
        }
        let ending = candidates.count == 1 && prefix.isEmpty ? " " : ""
        mode = .prompt(Prompt(kind: .command, text: prefix + common + ending))
        if candidates.count > 1 {
            show(candidates.joined(separator: "  "), level: .info, now: now)
        }
    }
}

extension DashboardState {
    /// Whether this is the fleet overview's own state, which holds no hub's rows.
    public var isFleetOverview: Bool {
        stack.first == .hubs
    }

    /// The fleet overview's state: the hubs list at the root, the fleet's names for `:hub`.
    public static func fleetOverview(options: DashboardOptions) -> DashboardState {
        var state = DashboardState(options: options)
        state.stack = [.hubs]
        return state
    }
}
