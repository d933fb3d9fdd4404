import CCurl

/// The libcurl transport: blocking `curl_easy_perform` calls run on a few dedicated threads (never on Swift's
/// cooperative pool), each thread reusing one easy handle so connections, TLS sessions and DNS answers are kept.
///
/// Every request gets the connect and total timeouts, TLS verification (unless ``Options/insecure``), gzip
/// decoding, the response size cap and the durabletop user agent. Proxy environment variables (`https_proxy`,
/// `no_proxy`, ...) are honoured by libcurl. Cancelling the calling task aborts the transfer.
public final class CurlTransport: HTTPTransport {
    /// The settings applied to every request.
    public let options: Options
    private let pool: CurlWorkerPool

    /// Creates a transport and starts its worker threads.
    public init(options: Options = Options()) {
        self.options = options
        let initResult = dt_curl_global_init_once()
        self.pool = CurlWorkerPool(
            workerCount: max(1, options.workerCount),
            options: options,
            globalInitFailed: initResult != CURLE_OK
        )
    }

    deinit {
        pool.shutDown()
    }

    /// Sends `request` on a worker thread; throws ``TransportError`` when no HTTP answer arrives.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let flag = CancelFlag()
        let pool = self.pool
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                let job = CurlJob(
                    request: request,
                    cancelFlag: flag,
                    completion: { result in continuation.resume(with: result.mapError { $0 }) }
                )
                pool.submit(job)
            }
        } onCancel: {
            flag.set()
        }
    }

    /// Sends the chain on one worker thread, each next request right after the answer before; the returned
    /// function aborts the transfer in flight. libcurl asks whether to go on about once a second while a transfer
    /// waits for the host, so aborting one the host is slow to answer takes up to a second (its `next` is then
    /// called with ``TransportError/cancelled``); a consumer need not wait for that.
    public func sendChain(
        startingWith first: HTTPRequest,
        next: @escaping @Sendable (Result<HTTPResponse, any Error>) -> HTTPRequest?
    ) -> @Sendable () -> Void {
        let flag = CancelFlag()
        let job = CurlJob(request: first, cancelFlag: flag, next: { result in next(result.mapError { $0 }) })
        pool.submit(job)
        return { flag.set() }
    }
}
