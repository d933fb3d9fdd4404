import Collections
import Foundation

/// A fixed set of threads, each owning one reused libcurl easy handle, taking jobs from a shared queue.
///
/// A worker sends a job's chain of requests (a listing's pages) one after another itself, so each next page is
/// asked for the moment the one before has arrived, with no hand-off to another thread in between.
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
            _ = job.finish(.failure(.cancelled))
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
            _ = job.finish(.failure(.cancelled))
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
            var request: HTTPRequest? = job.request
            while let current = request {
                request = job.finish(perform(current, of: job, on: handle))
            }
        }
    }

    /// Sends one request of `job` on `handle`, unless the job was cancelled or libcurl could not start.
    private func perform(
        _ request: HTTPRequest,
        of job: CurlJob,
        on handle: CurlEasyHandle?
    ) -> Result<HTTPResponse, TransportError> {
        guard let handle else {
            return .failure(.other(code: -1, message: "libcurl could not be initialised"))
        }
        if job.cancelFlag.isSet {
            return .failure(.cancelled)
        }
        return handle.perform(request, options: options, cancelFlag: job.cancelFlag)
    }
}
