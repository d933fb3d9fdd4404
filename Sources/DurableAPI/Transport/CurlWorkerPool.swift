import Collections
import Foundation

/// A fixed set of threads, each owning one reused libcurl easy handle, taking jobs from a shared queue.
///
/// `@unchecked Sendable`: its only mutable state, `queue` and `isShutDown`, is read and written with `condition`
/// locked (an `NSCondition`, because workers sleep on it until a job arrives).
final class CurlWorkerPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: Deque<CurlJob> = []
    private var isShutDown = false
    private let options: CurlTransport.Options
    private let globalInitFailed: Bool

    init(workerCount: Int, options: CurlTransport.Options, globalInitFailed: Bool) {
        self.options = options
        self.globalInitFailed = globalInitFailed
        for index in 0..<workerCount {
            let thread = Thread { [self] in
                self.runWorker()
            }
            thread.name = "durabletop-curl-\(index)"
            thread.start()
        }
    }

    /// Queues a job; after shut-down the job fails at once as cancelled.
    func submit(_ job: CurlJob) {
        condition.lock()
        if isShutDown {
            condition.unlock()
            job.finish(.failure(.cancelled))
            return
        }
        queue.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Stops the workers; queued jobs fail as cancelled, running ones finish.
    func shutDown() {
        condition.lock()
        isShutDown = true
        let pending = queue
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
        for job in pending {
            job.finish(.failure(.cancelled))
        }
    }

    private func nextJob() -> CurlJob? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !isShutDown {
            condition.wait()
        }
        return queue.popFirst()
    }

    private func runWorker() {
        let handle = globalInitFailed ? nil : CurlEasyHandle()
        while let job = nextJob() {
            guard let handle else {
                job.finish(.failure(.other(code: -1, message: "libcurl could not be initialised")))
                continue
            }
            if job.cancelFlag.isSet {
                job.finish(.failure(.cancelled))
                continue
            }
            job.finish(handle.perform(job.request, options: options, cancelFlag: job.cancelFlag))
        }
    }
}
