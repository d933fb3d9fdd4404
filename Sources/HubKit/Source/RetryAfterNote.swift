import DurableAPI
import Synchronization

/// The `Retry-After` of the host's last answer when that answer was a 429 or 503, kept safely for any task.
///
/// A throttled answer becomes a ``DurableAPI/DurableAPIError`` without its headers; the poller reads the wait the
/// host asked for here instead, parsed by ``DurableAPI/RetryAfter``.
public final class RetryAfterNote: Sendable {
    private let text = Mutex<String?>(nil)

    /// Creates an empty note.
    public init() {}

    /// Keeps the `Retry-After` of a 429 or 503 answer; any other answer clears it.
    public func record(_ response: HTTPResponse) {
        let throttled = response.status == 429 || response.status == 503
        text.withLock { $0 = throttled ? response.headers["Retry-After"] : nil }
    }

    /// The header text kept, if the last answer was a 429 or 503 that carried one.
    public var value: String? {
        text.withLock { $0 }
    }
}
