import Synchronization

/// Counts requests and bytes exchanged with the host, safely from any task.
public final class TrafficCounter: Sendable {
    /// Totals at one moment.
    public struct Snapshot: Hashable, Sendable {
        /// Requests sent.
        public var requests: Int
        /// Bytes sent (request line, headers and body, as the transport saw them).
        public var bytesSent: Int
        /// Bytes received (response headers and body).
        public var bytesReceived: Int

        /// Creates a snapshot.
        public init(requests: Int = 0, bytesSent: Int = 0, bytesReceived: Int = 0) {
            self.requests = requests
            self.bytesSent = bytesSent
            self.bytesReceived = bytesReceived
        }

        /// The traffic between an earlier snapshot and this one.
        public func since(_ earlier: Snapshot) -> Snapshot {
            Snapshot(
                requests: requests - earlier.requests,
                bytesSent: bytesSent - earlier.bytesSent,
                bytesReceived: bytesReceived - earlier.bytesReceived
            )
        }
    }

    private let totals = Mutex(Snapshot())

    /// Creates a counter at zero.
    public init() {}

    /// Records one request and its sizes.
    public func record(bytesSent: Int, bytesReceived: Int) {
        totals.withLock { totals in
            totals.requests += 1
            totals.bytesSent += bytesSent
            totals.bytesReceived += bytesReceived
        }
    }

    /// The totals so far.
    public var snapshot: Snapshot {
        totals.withLock { $0 }
    }
}
