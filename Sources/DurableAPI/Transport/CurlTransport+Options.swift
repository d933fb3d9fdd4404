extension CurlTransport {
    /// Settings applied to every request a ``CurlTransport`` sends.
    public struct Options: Sendable, Hashable {
        /// Maximum time to establish the TCP/TLS connection.
        public var connectTimeout: Duration
        /// Maximum time for the whole transfer, connection included.
        public var totalTimeout: Duration
        /// Turns off TLS certificate and host name verification. Only for hosts with self-signed certificates.
        public var insecure: Bool
        /// The largest accepted response body in bytes (after decompression).
        public var maxResponseBytes: Int
        /// How many worker threads (each with its own reused libcurl handle) run transfers.
        public var workerCount: Int
        /// The `User-Agent` header value.
        public var userAgent: String
        /// Honour the proxy environment (`http_proxy`, `https_proxy`, `all_proxy`, `no_proxy`), as libcurl does by
        /// default. False connects directly (loopback tests on machines with a proxy set).
        public var useEnvironmentProxy: Bool

        /// Creates settings; the defaults suit a dashboard polling a host over the internet.
        public init(
            connectTimeout: Duration = .seconds(10),
            totalTimeout: Duration = .seconds(30),
            insecure: Bool = false,
            maxResponseBytes: Int = 64 * 1024 * 1024,
            workerCount: Int = 4,
            userAgent: String = "durabletop/\(DurableAPI.version)",
            useEnvironmentProxy: Bool = true
        ) {
            self.connectTimeout = connectTimeout
            self.totalTimeout = totalTimeout
            self.insecure = insecure
            self.maxResponseBytes = maxResponseBytes
            self.workerCount = workerCount
            self.userAgent = userAgent
            self.useEnvironmentProxy = useEnvironmentProxy
        }
    }
}

extension Duration {
    /// The duration in whole milliseconds, at least 1.
    var wholeMilliseconds: Int {
        let (seconds, attoseconds) = components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int(max(1, milliseconds))
    }
}
