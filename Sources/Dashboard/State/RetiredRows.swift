import Dispatch
import HubKit

/// Lets go of the instances table's replaced rows on a queue of its own, after the frame that replaced them.
///
/// Rows replaced by a re-sort or a new filter hold every shown row's key and a reference to each row: at 100,000
/// rows, letting go of them writes to memory all over the heap for some milliseconds, which would otherwise fall
/// between the key and its frame on the terminal's thread.
enum RetiredRows {
    private static let queue = DispatchQueue(label: "durabletop.retired-rows", qos: .utility)

    /// How long the queue waits before letting go: longer than a frame takes to draw, so that where the terminal's
    /// thread has no CPU to itself the letting go does not take it from the frame.
    private static let delay = DispatchTimeInterval.milliseconds(100)

    /// Takes the caller's reference to `rows`, which the queue drops after ``delay``: the queue's is then the last
    /// reference, so the terminal's thread never frees the rows.
    static func release(_ rows: consuming RowIDs) {
        let holder = Holder(rows)
        queue.asyncAfter(deadline: .now() + delay) {
            holder.rows = nil
        }
    }

    /// The rows on their way to the queue. Only the queue reads or writes ``rows`` once the holder is made.
    private final class Holder: @unchecked Sendable {
        /// The rows, until the queue lets go of them.
        var rows: RowIDs?

        /// Holds `rows`, taking the caller's reference.
        init(_ rows: consuming RowIDs) {
            self.rows = rows
        }
    }
}
