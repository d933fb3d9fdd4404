import Foundation

/// How the simulation engine behaves (the engine part of `SimulatedHost.Configuration`).
struct EngineSettings: Sendable {
    /// Seed for every random choice.
    var seed: UInt64
    /// How many times shorter simulated durations are on the wall clock; `nil` for a manual clock starting at
    /// `manualStart`.
    var timeScale: Double?
    /// Start of a manual clock.
    var manualStart: Date
    /// Instances to pre-populate across the last simulated day.
    var prepopulate: Int
    /// New instances per simulated minute arriving by themselves (0 = a quiet hub).
    var arrivalsPerMinute: Double
    /// Whether arrivals include the long-waiting orchestrators (ApprovalWorkflow, Monitor).
    var waitingWorkflows: Bool
    /// Rows a single list request may examine before it returns a (possibly short or empty) page with a token.
    var scanBudget: Int
}
