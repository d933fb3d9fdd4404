import Foundation

/// Work an instance is waiting on, due at a time on the engine's clock.
struct PendingWork: Sendable, Equatable {
    /// What finishes.
    enum Kind: Sendable, Equatable {
        /// ExecutionStarted gets processed (the instance leaves Pending).
        case start
        /// An activity returns.
        case activity(taskId: Int, outcome: ActivityOutcome)
        /// A timer fires.
        case timer(taskId: Int, fireAt: Date)
    }

    /// When it finishes.
    var due: Date
    /// What finishes.
    var kind: Kind
}
