/// A failure to get any HTTP answer from the host, kept apart from HTTP status answers.
public enum TransportError: Error, Sendable, Hashable {
    /// The host refused the connection or could not be reached (nothing listens on the port, host down).
    case connectionFailed(String)
    /// The connect or total timeout expired.
    case timedOut(String)
    /// TLS handshake or certificate verification failed.
    case tls(String)
    /// The host name could not be resolved.
    case dns(String)
    /// The response body grew beyond the configured cap (in bytes).
    case responseTooLarge(limit: Int)
    /// The request was cancelled by the caller.
    case cancelled
    /// Any other libcurl failure, with curl's numeric code and message.
    case other(code: Int, message: String)
}

extension TransportError: CustomStringConvertible {
    /// A one-line description suitable for a status line: redacted and free of control characters (curl's message
    /// can carry text from the host, such as names from its certificate).
    public var description: String {
        let text: String
        switch self {
        case .connectionFailed(let detail):
            text = "connection failed: \(detail)"
        case .timedOut(let detail):
            text = "timed out: \(detail)"
        case .tls(let detail):
            text = "TLS error: \(detail)"
        case .dns(let detail):
            text = "host name not found: \(detail)"
        case .responseTooLarge(let limit):
            text = "response too large: more than \(limit) bytes"
        case .cancelled:
            text = "request cancelled"
        case .other(let code, let message):
            text = "transfer failed (curl \(code)): \(message)"
        }
        return HostText.sanitized(Redaction.standard.apply(text))
    }
}
