/// Calls `fetch` on a task of its own for `first`, then for each input `next` makes of the result before, until
/// `next` returns nil; returns a function that cancels the task (`next` is still called with the outcome of the
/// call in progress). What a transport's chain of requests and a listing's run of pages do when nothing sends them
/// faster.
func runInTurn<Input: Sendable, Output: Sendable, Failure: Error>(
    from first: Input,
    _ fetch: @escaping @Sendable (Input) async throws(Failure) -> Output,
    then next: @escaping @Sendable (Result<Output, Failure>) -> Input?
) -> @Sendable () -> Void {
    let task = Task {
        var input = first
        while true {
            let outcome: Result<Output, Failure>
            do throws(Failure) {
                outcome = .success(try await fetch(input))
            } catch {
                outcome = .failure(error)
            }
            guard let following = next(outcome) else {
                return
            }
            input = following
        }
    }
    return { task.cancel() }
}
