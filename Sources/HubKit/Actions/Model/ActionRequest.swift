import DurableAPI

/// A fully specified mutation: the action with every value the operator confirmed.
public enum ActionRequest: Hashable, Sendable {
    /// Terminate with a reason.
    case terminate(reason: String)
    /// Raise `name` with `payload` (`null` when the payload field was empty).
    case raiseEvent(name: String, payload: JSONValue)
    /// Purge one instance.
    case purge
    /// Suspend with a reason.
    case suspend(reason: String)
    /// Resume with a reason.
    case resume(reason: String)
    /// Rewind with a reason.
    case rewind(reason: String)
    /// Restart, under a new random id or the same id.
    case restart(newInstanceID: Bool)
    /// Start orchestrator `name`, with an optional id and input.
    case start(name: String, instanceID: String?, input: JSONValue?)
    /// Signal `operation` with an optional input.
    case signal(operation: String, input: JSONValue?)
    /// Purge every instance matching a filter.
    case purgeByFilter(PurgeFilter)

    /// The action this request performs.
    public var action: OperatorAction {
        switch self {
        case .terminate: .terminate
        case .raiseEvent: .raiseEvent
        case .purge: .purge
        case .suspend: .suspend
        case .resume: .resume
        case .rewind: .rewind
        case .restart: .restart
        case .start: .start
        case .signal: .signalEntity
        case .purgeByFilter: .purgeByFilter
        }
    }

    /// The reason sent with the request, if the action takes one.
    public var reason: String? {
        switch self {
        case .terminate(let reason), .suspend(let reason), .resume(let reason), .rewind(let reason):
            reason
        case .raiseEvent, .purge, .restart, .start, .signal, .purgeByFilter:
            nil
        }
    }
}
