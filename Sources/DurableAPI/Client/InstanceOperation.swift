/// The instance operations that take an optional reason (§5.7–§5.10).
public enum InstanceOperation: String, Sendable, Hashable, CaseIterable {
    /// Stop the instance; its output becomes the reason.
    case terminate
    /// Pause the instance (v2.8.0+).
    case suspend
    /// Continue a suspended instance (v2.8.0+).
    case resume
    /// Replay a failed instance from its last good point (preview).
    case rewind
}
