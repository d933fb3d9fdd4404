import Collections
import Synchronization

extension ContinuationPages {
    /// The pages after the first, fetched ahead of the consumer by one run of requests (``FetchRun``).
    ///
    /// The run asks for each next page as soon as the one before has arrived, whatever the consumer is doing, and
    /// the feed keeps up to ``depth`` arrived pages (undecoded) for it, so the host is never left waiting while the
    /// consumer decodes and files a page. With that many kept, the run stops, and the feed starts a new one from
    /// where it stopped once the consumer takes a page. It follows the tokens as the iterator does
    /// (``ContinuationPages/step(after:seen:)``), so it stops where the iterator stops: at the end, at a token it
    /// already followed, or after a failure, which it hands on in its turn. A waiting consumer is woken by a page
    /// with items, the last page or a failure: empty pages that lead on (most of a scanning host's answers to a
    /// filtered listing) wait for the next of those, so that a tick's twenty requests cost a thread hand-off only
    /// for the pages that bring something.
    ///
    /// The feed belongs to the iterator that made it: when that iterator is dropped, or the task waiting for a page
    /// is cancelled, the run is stopped with the request it has in flight and the consumer is answered with a
    /// cancellation, so a consumer that stops early (a poller being shut down) leaves no request running behind it.
    final class PageFeed: Sendable {
        /// The most arrived pages kept for the consumer; the run stops beyond that. A consumer that files a first
        /// load's pages stops now and then for tens of milliseconds (sorting what it holds so far), which this many
        /// pages of a host answering one a millisecond or two keep the host busy through.
        static var depth: Int { 16 }

        private let core: Core

        /// Starts fetching from the page for `token`, having followed the tokens in `seen` already.
        init(token: String, seen: Set<String>, fetchRun: @escaping FetchRun) {
            core = Core(seen: seen, fetchRun: fetchRun)
            core.start(from: token)
        }

        deinit {
            core.cancel()
        }

        /// The next page, once it arrives; cancelling the waiting task stops the run and its request in flight.
        func next() async throws(DurableAPIError) -> ArrivedPage {
            let core = self.core
            let arrival = await withTaskCancellationHandler {
                await core.take()
            } onCancel: {
                core.cancel()
            }
            return try arrival.get()
        }
    }

    /// The state a feed shares with its runs: the arrived pages, the consumer waiting for one, and where a run
    /// stopped for want of room.
    final class Core: Sendable {
        /// A page, or the failure that ended the run.
        typealias Arrival = Result<ArrivedPage, DurableAPIError>
        /// The waiting consumer and the arrival it is handed.
        private typealias HandOff = (consumer: CheckedContinuation<Arrival, Never>, arrival: Arrival)

        private struct State {
            var arrivals: Deque<Arrival> = []
            /// The consumer, waiting for a page.
            var consumer: CheckedContinuation<Arrival, Never>?
            /// The tokens followed so far.
            var seen: Set<String>
            /// The token to fetch from once there is room: the run stopped with ``PageFeed/depth`` pages kept.
            var resumeToken: String?
            /// Stops the run in progress.
            var stopRun: (@Sendable () -> Void)?
            /// Whether the feed was cancelled: it starts no run, and answers the consumer with a cancellation.
            var cancelled = false
        }

        private let state: Mutex<State>
        private let fetchRun: FetchRun

        init(seen: Set<String>, fetchRun: @escaping FetchRun) {
            state = Mutex(State(seen: seen))
            self.fetchRun = fetchRun
        }

        /// Starts a run from the page for `token`; stops it at once if the feed was cancelled meanwhile.
        func start(from token: String) {
            let stop = fetchRun(token) { arrival in self.arrived(arrival) }
            let cancelled = state.withLock { state in
                state.stopRun = stop
                return state.cancelled
            }
            if cancelled {
                stop()
            }
        }

        /// Keeps `arrival`, and hands the first kept to the waiting consumer unless `arrival` is an empty page the
        /// run goes on from (a scanning host answers a listing with many, and each wake-up costs a thread hand-off);
        /// returns the token of the page to fetch next, or nil at the end, after a failure, when cancelled, or when
        /// ``PageFeed/depth`` pages are kept (then noted to start from later).
        private func arrived(_ arrival: Arrival) -> String? {
            let (handOff, next) = state.withLock { (state) -> (HandOff?, String?) in
                guard !state.cancelled else {
                    return (nil, nil)
                }
                var next: String?
                var isEmpty = false
                if case .success(let page) = arrival {
                    isEmpty = page.isEmpty
                    if case .next(let token) = step(after: page.token, seen: &state.seen) {
                        next = token
                    }
                }
                state.arrivals.append(arrival)
                if let token = next, state.arrivals.count >= PageFeed.depth {
                    state.resumeToken = token
                    next = nil
                }
                let leadsOnQuietly = isEmpty && next != nil
                guard !leadsOnQuietly, let consumer = state.consumer, let first = state.arrivals.popFirst() else {
                    return (nil, next)
                }
                state.consumer = nil
                return ((consumer, first), next)
            }
            if let handOff {
                handOff.consumer.resume(returning: handOff.arrival)
            }
            return next
        }

        /// The first kept page, or the next to arrive, or a cancellation once cancelled; starts the run again where
        /// it stopped once there is room.
        func take() async -> Arrival {
            await withCheckedContinuation { (consumer: CheckedContinuation<Arrival, Never>) in
                let (arrival, resumeToken) = state.withLock { (state) -> (Arrival?, String?) in
                    if state.cancelled {
                        return (.failure(.transport(.cancelled)), nil)
                    }
                    guard let arrival = state.arrivals.popFirst() else {
                        state.consumer = consumer
                        return (nil, nil)
                    }
                    defer { state.resumeToken = nil }
                    return (arrival, state.resumeToken)
                }
                if let resumeToken {
                    start(from: resumeToken)
                }
                if let arrival {
                    consumer.resume(returning: arrival)
                }
            }
        }

        /// Stops the run in progress and answers a waiting consumer with a cancellation; the feed starts no run
        /// after this.
        func cancel() {
            let (stop, consumer) = state.withLock { state in
                state.cancelled = true
                state.arrivals.removeAll()
                state.resumeToken = nil
                defer { state.consumer = nil }
                return (state.stopRun, state.consumer)
            }
            stop?()
            consumer?.resume(returning: .failure(.transport(.cancelled)))
        }
    }
}
