/// The progress of one plan, row by row, kept after the run so its results survive refreshes.
public struct BulkProgress: Hashable, Sendable {
    /// Where one target is.
    public enum RowState: Hashable, Sendable {
        /// Not sent yet.
        case pending
        /// Sent, no answer yet.
        case running
        /// Succeeded, with what the host said.
        case done(ActionSuccess)
        /// Failed, with a readable message.
        case failed(String)
        /// Sent, but the run was stopped before the answer came: the host may or may not have acted.
        case unanswered
        /// Never sent: the run was stopped first.
        case cancelled

        /// A short word or sentence for the progress view.
        public var text: String {
            switch self {
            case .pending: "pending"
            case .running: "running"
            case .done(let success): success.summary
            case .failed(let message): "failed: \(message)"
            case .unanswered: "sent, no answer: outcome unknown"
            case .cancelled: "not sent (cancelled)"
            }
        }
    }

    /// One target and its state.
    public struct Row: Hashable, Sendable {
        /// The target id; `nil` for hub-wide actions.
        public var target: String?
        /// Its state.
        public var state: RowState
    }

    /// The plan being run.
    public let plan: ActionPlan
    /// One row per target (one row without a target for hub-wide actions).
    public internal(set) var rows: [Row]
    /// Whether the run is over (every row done, failed, unanswered or cancelled).
    public internal(set) var isFinished = false
    /// Why the run stopped before every row was sent (`cancelled by the operator`, `SIGTERM`), or `nil`.
    public internal(set) var stoppedBy: String?

    /// Creates the progress of a plan with every row pending.
    public init(plan: ActionPlan) {
        self.plan = plan
        if plan.targets.isEmpty {
            rows = [Row(target: nil, state: .pending)]
        } else {
            rows = plan.targets.map { Row(target: $0, state: .pending) }
        }
    }

    /// How many rows are in each state.
    public struct Counts: Hashable, Sendable {
        /// Succeeded.
        public var done = 0
        /// Failed.
        public var failed = 0
        /// Sent without an answer before the run stopped.
        public var unanswered = 0
        /// Never sent.
        public var cancelled = 0
        /// Not finished yet (pending or running).
        public var open = 0
    }

    /// How many rows are in each state.
    public var counts: Counts {
        var counts = Counts()
        for row in rows {
            switch row.state {
            case .done: counts.done += 1
            case .failed: counts.failed += 1
            case .unanswered: counts.unanswered += 1
            case .cancelled: counts.cancelled += 1
            case .pending, .running: counts.open += 1
            }
        }
        return counts
    }

    /// The targets of the rows in `state`'s kind, in plan order (`nil` targets left out).
    public func targets(_ isIncluded: (RowState) -> Bool) -> [String] {
        rows.compactMap { isIncluded($0.state) ? $0.target : nil }
    }

    /// `terminate: 3 done, 1 failed` (with the single failure's message when there is one row).
    public var summary: String {
        let counts = self.counts
        if rows.count == 1, let row = rows.first {
            let subject = row.target.map { "\(plan.request.action.title) \($0)" } ?? plan.request.action.title
            return "\(subject): \(row.state.text)"
        }
        var parts = ["\(counts.done) done"]
        if counts.failed > 0 {
            parts.append("\(counts.failed) failed")
        }
        if counts.unanswered > 0 {
            parts.append("\(counts.unanswered) unanswered")
        }
        if counts.cancelled > 0 {
            parts.append("\(counts.cancelled) not sent (cancelled)")
        }
        if counts.open > 0 {
            parts.append("\(counts.open) to go")
        }
        return "\(plan.request.action.title): " + parts.joined(separator: ", ")
    }

    /// The ids of rows purged successfully, which the table can drop at once.
    public var purgedIDs: [String] {
        var ids: [String] = []
        for row in rows {
            if case .done(.purged) = row.state, let target = row.target {
                ids.append(target)
            }
        }
        return ids
    }

    /// Sets one row's state.
    mutating func set(_ index: Int, _ state: RowState) {
        rows[index].state = state
    }

    /// Marks every row not yet sent as cancelled and the run as over; `stoppedBy` says why rows were left.
    mutating func finish(stoppedBy reason: String? = nil) {
        for index in rows.indices where rows[index].state == .pending {
            rows[index].state = .cancelled
        }
        if counts.cancelled > 0 || counts.unanswered > 0 {
            stoppedBy = reason ?? "stopped"
        }
        isFinished = true
    }
}
