/// The targets of a dialog, fixed when it opens: the ids the action applies to and the ids it skips.
///
/// Later refreshes change the table, never these lists, so a confirmed dialog acts on exactly what it named.
public struct PinnedTargets: Hashable, Sendable {
    /// A candidate left out, with why.
    public struct Skipped: Hashable, Sendable {
        /// The id left out.
        public var id: String
        /// Why (`Completed`, `not an entity`).
        public var reason: String
    }

    /// The ids the action will apply to, in the order given.
    public let ids: [String]
    /// The candidates the action does not apply to.
    public let skipped: [Skipped]

    /// Sorts `candidates` into applicable and skipped ids for `action`; repeated ids count once.
    public init(action: OperatorAction, candidates: [ActionCandidate]) {
        var ids: [String] = []
        var skipped: [Skipped] = []
        var seen = Set<String>()
        for candidate in candidates where seen.insert(candidate.id).inserted {
            switch action.scope {
            case .instances:
                if let status = candidate.status, action.applies(to: status) {
                    ids.append(candidate.id)
                } else {
                    skipped.append(Skipped(id: candidate.id, reason: candidate.status?.name ?? "not an instance"))
                }
            case .entities:
                if candidate.status == nil, candidate.id.hasPrefix("@") {
                    ids.append(candidate.id)
                } else {
                    skipped.append(Skipped(id: candidate.id, reason: "not an entity"))
                }
            case .hub:
                skipped.append(Skipped(id: candidate.id, reason: "hub-wide action"))
            }
        }
        self.ids = ids
        self.skipped = skipped
    }

    /// No targets at all (start, purge by filter).
    public static let none = PinnedTargets(action: .start, candidates: [])
}
