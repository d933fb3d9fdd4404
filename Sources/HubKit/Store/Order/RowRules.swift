import DurableAPI
import Foundation

/// What decides a table's rows: which held instances the table counts, which of those it shows, and what each
/// shown row sorts by at a time.
public struct RowRules {
    /// Whether the table counts an instance at all (in its counts per status).
    public let isCounted: (OrchestrationStatus) -> Bool
    /// Whether a counted instance is shown (the status filter, the scope and the `/` filter).
    public let isShown: (OrchestrationStatus) -> Bool
    /// What a shown instance sorts by at a time. It may depend on the time only for a row that is not terminal (a
    /// running instance's duration grows; a finished one's is fixed).
    public let value: (OrchestrationStatus, Date) -> SortValue

    /// Creates the rules.
    public init(
        isCounted: @escaping (OrchestrationStatus) -> Bool,
        isShown: @escaping (OrchestrationStatus) -> Bool,
        value: @escaping (OrchestrationStatus, Date) -> SortValue
    ) {
        self.isCounted = isCounted
        self.isShown = isShown
        self.value = value
    }
}
