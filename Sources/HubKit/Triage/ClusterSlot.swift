/// A failure cluster during a pass: the numbers of its orchestrator name and normalised message, cheaper to hash
/// than the texts.
struct ClusterSlot: Hashable {
    /// The orchestrator's number in the pass.
    var orchestrator: Int
    /// The message's number in the analyzer, -1 for failures without text.
    var message: Int
}
