/// The start/restart wait-for-completion parameters (`timeout` and `pollingInterval`, §5.1): the host waits up to
/// `timeout` for the instance to finish, checking every `pollingInterval`.
public struct WaitForCompletion: Sendable, Hashable {
    /// How long the host waits before answering 202.
    public var timeout: Duration
    /// How often the host checks; must not exceed `timeout` (the host answers 400 after starting otherwise).
    public var pollingInterval: Duration

    /// Creates wait parameters.
    public init(timeout: Duration, pollingInterval: Duration) {
        self.timeout = timeout
        self.pollingInterval = pollingInterval
    }

    func add(to query: inout QueryItems) {
        query.add("timeout", seconds: timeout)
        query.add("pollingInterval", seconds: pollingInterval)
    }
}
