import Foundation

extension WatchCommand {
    /// Runs `body` on a dedicated thread and waits for its result without blocking Swift concurrency's threads.
    ///
    /// The terminal's event loop blocks in `poll()` and owns curses for its whole life, so it gets a thread of its
    /// own; network work keeps running on the cooperative pool meanwhile.
    static func runOnDedicatedThread<Result: Sendable>(
        _ body: @escaping @Sendable () throws -> Result
    ) async throws -> Result {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Result, any Error>) in
            let thread = Thread {
                do {
                    continuation.resume(returning: try body())
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "durabletop-terminal"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
