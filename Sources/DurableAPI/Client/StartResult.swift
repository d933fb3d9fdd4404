/// The answer to start or restart (§5.1, §5.11).
public enum StartResult: Sendable, Hashable {
    /// 202: the instance was started (or is still running after the wait); the check-status payload names it.
    case accepted(CheckStatusPayload)
    /// 200 after waiting: the instance completed in time; the body is its output only.
    case completed(output: JSONValue)
    /// 200 after waiting: the instance failed or was terminated in time; the body is its status object.
    case finished(OrchestrationStatus)
}
