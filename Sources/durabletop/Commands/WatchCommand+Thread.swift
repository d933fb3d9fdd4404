import Foundation

extension WatchCommand {
    /// Runs `body` on a dedicated thread and waits for it without blocking Swift concurrency's threads.
    ///
    /// The terminal's event loop blocks in `poll()` and owns curses for its whole life, so it gets a thread of its
    /// own; network work keeps running on the cooperative pool meanwhile.
    static func runOnDedicatedThread(_ body: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread {
                do {
                    try body()
                    continuation.resume()
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
