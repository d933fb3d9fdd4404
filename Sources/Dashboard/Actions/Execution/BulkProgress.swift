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
        /// Never sent: the run was cancelled first.
        case cancelled

        /// A short word or sentence for the progress view.
        public var text: String {
            switch self {
            case .pending: "pending"
            case .running: "running"
            case .done(let success): success.summary
            case .failed(let message): "failed: \(message)"
            case .cancelled: "cancelled"
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
    /// Whether the run is over (every row done, failed or cancelled).
    public internal(set) var isFinished = false

    /// Creates the progress of a plan with every row pending.
    public init(plan: ActionPlan) {
        self.plan = plan
        if plan.targets.isEmpty {
            rows = [Row(target: nil, state: .pending)]
        } else {
            rows = plan.targets.map { Row(target: $0, state: .pending) }
        }
    }

    /// Rows done, failed, cancelled, and not yet finished.
    public var counts: (done: Int, failed: Int, cancelled: Int, open: Int) {
        var done = 0
        var failed = 0
        var cancelled = 0
        var open = 0
        for row in rows {
            switch row.state {
            case .done: done += 1
            case .failed: failed += 1
            case .cancelled: cancelled += 1
            case .pending, .running: open += 1
            }
        }
        return (done, failed, cancelled, open)
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
        if counts.cancelled > 0 {
            parts.append("\(counts.cancelled) cancelled")
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

    /// Marks every row not yet sent as cancelled and the run as over.
    mutating func finish() {
        for index in rows.indices where rows[index].state == .pending {
            rows[index].state = .cancelled
        }
        isFinished = true
    }
}
