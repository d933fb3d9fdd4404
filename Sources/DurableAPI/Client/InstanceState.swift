/// The answer to get-status (§5.2): 202 means still going, 200 means finished.
public enum InstanceState: Sendable, Hashable {
    /// 202: Running, Pending, ContinuedAsNew or Suspended.
    case running(OrchestrationStatus)
    /// 200 (or 500 with a status body for failures when asked, and on v1 hosts): Completed, Failed, Terminated,
    /// Canceled.
    case finished(OrchestrationStatus)

    /// The status object in either case.
    public var status: OrchestrationStatus {
        switch self {
        case .running(let status), .finished(let status):
            return status
        }
    }

    /// Whether the host answered 202.
    public var isRunning: Bool {
        if case .running = self {
            return true
        }
        return false
    }
}
