import DurableAPI

/// The network boundary of operator actions: one request on one target at a time.
///
/// ``DurableClientExecutor`` implements it with ``DurableAPI/DurableClient``; tests implement it in memory.
public protocol ActionExecutor: Sendable {
    /// Performs `request` on `target` (an instance id or an entity's `@name@key`; `nil` for hub-wide actions).
    func perform(_ request: ActionRequest, on target: String?) async throws(DurableAPIError) -> ActionSuccess

    /// The number of instances `filter` matches: the dry run of a purge by filter. Deletes nothing.
    func count(matching filter: PurgeFilter) async throws(DurableAPIError) -> Int
}

/// What a successful action returned.
public enum ActionSuccess: Hashable, Sendable {
    /// Accepted (202) with nothing more to say.
    case accepted
    /// Purged this many instances.
    case purged(Int)
    /// Started (or restarted into) this instance id; its status once the host lists it, if it did in time.
    case started(instanceID: String, status: RuntimeStatus?)

    /// The result as the audit log and the progress view say it.
    public var summary: String {
        switch self {
        case .accepted:
            "accepted"
        case .purged(let count):
            "purged \(count)"
        case .started(let id, let status):
            status.map { "started \(id) (\($0.name))" } ?? "started \(id)"
        }
    }
}
