import Synchronization

/// Counts the management requests the host received (everything but its own `/_sim/` routes), and the instance
/// listings among them (first pages of `GET /instances`), for `GET /_sim/stats`.
final class RequestTally: Sendable {
    private let count = Atomic<Int>(0)
    private let listingCount = Atomic<Int>(0)

    /// Counts one request; `listing` when it asks for the first page of an instance listing.
    func record(listing: Bool) {
        count.add(1, ordering: .relaxed)
        if listing {
            listingCount.add(1, ordering: .relaxed)
        }
    }

    /// The requests counted so far.
    var total: Int {
        count.load(ordering: .relaxed)
    }

    /// The instance listings begun so far.
    var listings: Int {
        listingCount.load(ordering: .relaxed)
    }
}
