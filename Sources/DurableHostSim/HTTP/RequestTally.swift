import Synchronization

/// Counts the management requests the host received (everything but its own `/_sim/` routes), the instance
/// listings among them (first pages of `GET /instances`), and those of the listings that filter by status, for
/// `GET /_sim/stats`.
final class RequestTally: Sendable {
    private let count = Atomic<Int>(0)
    private let listingCount = Atomic<Int>(0)
    private let statusListingCount = Atomic<Int>(0)

    /// What a request is, as the tally counts it.
    enum Kind {
        /// Not the first page of an instance listing.
        case other
        /// The first page of an instance listing.
        case listing
        /// The first page of an instance listing filtered by status.
        case statusListing

        /// The kind of `request`.
        init(_ request: SimRequest) {
            let firstPage = (request.head.headerFields.value("x-ms-continuation-token") ?? "").isEmpty
            guard request.head.method == .get && request.path.lowercased().hasSuffix("/instances") && firstPage else {
                self = .other
                return
            }
            self = request.query.value("runtimeStatus") == nil ? .listing : .statusListing
        }
    }

    /// Counts one request of `kind`.
    func record(_ kind: Kind) {
        count.add(1, ordering: .relaxed)
        if kind != .other {
            listingCount.add(1, ordering: .relaxed)
        }
        if kind == .statusListing {
            statusListingCount.add(1, ordering: .relaxed)
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

    /// The instance listings filtered by status begun so far.
    var statusListings: Int {
        statusListingCount.load(ordering: .relaxed)
    }
}
