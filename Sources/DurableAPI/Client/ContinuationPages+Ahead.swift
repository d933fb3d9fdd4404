extension ContinuationPages {
    /// The request for a next page sent ahead of the consumer.
    ///
    /// It belongs to the iterator that sent it: when that iterator is dropped, or the task waiting for the page is
    /// cancelled, the request is cancelled too, so a consumer that stops early (a poller being shut down) leaves no
    /// request running behind it.
    final class AheadRequest: Sendable {
        private let task: Task<Result<ArrivedPage, DurableAPIError>, Never>

        /// Sends `receivePage(token)` at once.
        init(token: String, receivePage: @escaping ReceivePage) {
            task = Task {
                do throws(DurableAPIError) {
                    return .success(try await receivePage(token))
                } catch {
                    return .failure(error)
                }
            }
        }

        deinit {
            task.cancel()
        }

        /// The page, once it arrives; cancelling the waiting task cancels the request.
        func page() async throws(DurableAPIError) -> ArrivedPage {
            let result = await withTaskCancellationHandler {
                await task.value
            } onCancel: {
                task.cancel()
            }
            return try result.get()
        }
    }
}
