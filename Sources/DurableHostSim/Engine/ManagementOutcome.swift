/// How the engine answered a management call; the HTTP layer maps it to the §5 status codes.
enum ManagementOutcome: Sendable, Equatable {
    /// Done (202).
    case accepted
    /// No such instance (404).
    case notFound
    /// The instance is in a completed status (410).
    case gone
    /// The call is not valid in the instance's state; the host's client throws `InvalidOperationException` (500).
    case invalidState(message: String)
}

/// Why a start (or restart) was refused.
enum StartFailure: Error, Sendable, Equatable {
    /// No orchestrator function with that name (400 long form).
    case unknownFunction(name: String)
    /// The instance ID breaks the host's rules (400 long form; message as .NET's swapped ArgumentException shows it).
    case invalidInstanceId(message: String)
    /// An instance with that ID exists and is not in a completed status (500 long form).
    case alreadyExists(status: CoreOrchestrationStatus)
    /// Restart of an ID that is not an orchestration instance (400 long form).
    case restartTargetMissing
}
