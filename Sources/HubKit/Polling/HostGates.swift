import Synchronization

/// The session's ``HostGate``s, one per endpoint host (its authority, `host:port`, in any letter case).
public final class HostGates: Sendable {
    private let base: Duration
    private let gates = Mutex<[String: HostGate]>([:])

    /// Creates an empty registry whose gates' backoff starts at `base` (the refresh interval).
    public init(base: Duration) {
        self.base = base
    }

    /// The gate of `host`, the same one for every hub on that host.
    public func gate(for host: String) -> HostGate {
        gates.withLock { gates in
            let key = host.lowercased()
            if let gate = gates[key] {
                return gate
            }
            let gate = HostGate(base: base)
            gates[key] = gate
            return gate
        }
    }
}
