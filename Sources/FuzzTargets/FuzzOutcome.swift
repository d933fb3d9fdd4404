/// What a fuzz target's entry point made of one input.
public enum FuzzOutcome: Hashable, Sendable, CustomStringConvertible {
    /// The entry point took the input.
    case accepted
    /// The entry point refused the input with this error, as it must refuse bad input: with an error, not a trap.
    case rejected(String)
    /// The entry point took the input but broke a promise it makes (a round trip that does not come back): a bug,
    /// which the fuzz executables turn into a crash.
    case broken(String)

    /// `accepted`, `rejected: <error>` or `broken: <promise>`.
    public var description: String {
        switch self {
        case .accepted: "accepted"
        case .rejected(let error): "rejected: \(error)"
        case .broken(let promise): "broken: \(promise)"
        }
    }
}
