import Dispatch
import HubKit

/// Lets go of the instances table's replaced rows on a queue of its own.
///
/// Rows replaced by a re-sort or a new filter hold every shown row's key and a reference to each row: at 100,000
/// rows, letting go of them writes to memory all over the heap for some milliseconds, which would otherwise fall
/// between the key and its frame on the terminal's thread.
enum RetiredRows {
    private static let queue = DispatchQueue(label: "durabletop.retired-rows", qos: .utility)

    /// Hands `rows` to the queue, which drops its reference once the caller has dropped its own.
    static func release(_ rows: consuming RowIDs) {
        queue.async { [rows] in
            withExtendedLifetime(rows) {}
        }
    }
}
