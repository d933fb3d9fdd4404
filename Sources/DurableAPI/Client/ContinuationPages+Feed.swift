import Collections
import Synchronization

extension ContinuationPages {
    /// The pages after the first, fetched ahead of the consumer by one task of their own.
    ///
    /// The task asks for each next page as soon as the one before has arrived, whatever the consumer is doing, and
    /// keeps up to ``depth`` arrived pages (undecoded) for it, so the host is never left waiting while the consumer
    /// decodes and files a page. It follows the tokens as the iterator does (``ContinuationPages/step(after:seen:)``),
    /// so it stops where the iterator stops: at the end, at a token it already followed, or after a failure, which
    /// it hands on in its turn. Once cancelled it asks for nothing more and hands on a cancellation instead, so the
    /// consumer is always answered.
    ///
    /// The feed belongs to the iterator that made it: when that iterator is dropped, or the task waiting for a page
    /// is cancelled, the task is cancelled with the request it has in flight, so a consumer that stops early (a
    /// poller being shut down) leaves no request running behind it.
    final class PageFeed: Sendable {
        /// The most arrived pages kept for the consumer; the task waits for room beyond that. A consumer that files
        /// a first load's pages stops now and then for tens of milliseconds (sorting what it holds so far), which
        /// this many pages of a host answering one a millisecond or two keep the host busy through.
        static var depth: Int { 16 }

        private let task: Task<Void, Never>
        private let buffer: Buffer

        /// Starts fetching from the page for `token`, having followed the tokens in `seen` already.
        init(token: String, seen: Set<String>, receivePage: @escaping ReceivePage) {
            let buffer = Buffer()
            self.buffer = buffer
            task = Task {
                var token = token
                var seen = seen
                while true {
                    let arrival: Result<ArrivedPage, DurableAPIError>
                    if Task.isCancelled {
                        arrival = .failure(.transport(.cancelled))
                    } else {
                        do throws(DurableAPIError) {
                            arrival = .success(try await receivePage(token))
                        } catch {
                            arrival = .failure(error)
                        }
                    }
                    await buffer.put(arrival)
                    guard case .success(let page) = arrival, case .next(let next) = step(after: page.token, seen: &seen)
                    else {
                        return
                    }
                    token = next
                }
            }
        }

        deinit {
            task.cancel()
        }

        /// The next page, once it arrives; cancelling the waiting task cancels the request in flight.
        func next() async throws(DurableAPIError) -> ArrivedPage {
            let arrival = await withTaskCancellationHandler {
                await buffer.take()
            } onCancel: {
                task.cancel()
            }
            return try arrival.get()
        }
    }

    /// The arrived pages between the feed's task and the consumer, with whichever of the two waits for the other.
    final class Buffer: Sendable {
        private struct State {
            var arrivals: Deque<Result<ArrivedPage, DurableAPIError>> = []
            /// The consumer, waiting for a page.
            var consumer: CheckedContinuation<Result<ArrivedPage, DurableAPIError>, Never>?
            /// The feed's task, waiting for room.
            var producer: CheckedContinuation<Void, Never>?
            /// Whether the feed's task was cancelled: it no longer waits for room.
            var cancelled = false
        }

        private let state = Mutex(State())

        /// Hands `arrival` to the waiting consumer or keeps it, then waits while ``PageFeed/depth`` pages are kept
        /// (not once the task is cancelled).
        func put(_ arrival: Result<ArrivedPage, DurableAPIError>) async {
            let consumer = state.withLock { state in
                guard let consumer = state.consumer else {
                    state.arrivals.append(arrival)
                    return CheckedContinuation<Result<ArrivedPage, DurableAPIError>, Never>?.none
                }
                state.consumer = nil
                return consumer
            }
            consumer?.resume(returning: arrival)
            await withTaskCancellationHandler {
                await withCheckedContinuation { (producer: CheckedContinuation<Void, Never>) in
                    let waits = state.withLock { state in
                        guard state.arrivals.count >= PageFeed.depth, !state.cancelled else {
                            return false
                        }
                        state.producer = producer
                        return true
                    }
                    if !waits {
                        producer.resume()
                    }
                }
            } onCancel: {
                let producer = state.withLock { state in
                    state.cancelled = true
                    defer { state.producer = nil }
                    return state.producer
                }
                producer?.resume()
            }
        }

        /// The first kept page, or the next to arrive; makes room for the feed's task.
        func take() async -> Result<ArrivedPage, DurableAPIError> {
            await withCheckedContinuation {
                (consumer: CheckedContinuation<Result<ArrivedPage, DurableAPIError>, Never>) in
                let (arrival, producer) = state.withLock { state in
                    guard let arrival = state.arrivals.popFirst() else {
                        state.consumer = consumer
                        return (Result<ArrivedPage, DurableAPIError>?.none, CheckedContinuation<Void, Never>?.none)
                    }
                    defer { state.producer = nil }
                    return (arrival, state.producer)
                }
                producer?.resume()
                if let arrival {
                    consumer.resume(returning: arrival)
                }
            }
        }
    }
}
