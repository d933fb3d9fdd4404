import Synchronization

/// Counts the management requests the host received (everything but its own `/_sim/` routes), for
/// `GET /_sim/stats`.
final class RequestTally: Sendable {
    private let count = Atomic<Int>(0)

    /// Counts one request.
    func record() {
        count.add(1, ordering: .relaxed)
    }

    /// The requests counted so far.
    var total: Int {
        count.load(ordering: .relaxed)
    }
}
