/// A failure cluster as the analyzer holds it: the numbers of its orchestrator name and normalised message,
/// cheaper to hash than the texts.
struct ClusterSlot: Hashable, Sendable {
    /// The number of the orchestrator name in the analyzer.
    var orchestrator: Int
    /// The message's number in the analyzer, -1 for failures without text.
    var message: Int
}
