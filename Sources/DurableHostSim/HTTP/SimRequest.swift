import Hummingbird

/// The parts of an HTTP request the handlers read: the request head as received, plus what is parsed from it.
struct SimRequest: Sendable {
    /// The request head: method, request target, authority and header fields.
    var head: HTTPRequest
    /// The raw (still percent-encoded) path, without the query.
    var path: String
    /// Parsed query.
    var query: QueryParameters
    /// The body text, `nil` when there was none.
    var body: String?

    /// The `Host` the client used, `127.0.0.1` when the request named none.
    var authority: String {
        head.authority ?? "127.0.0.1"
    }

    /// The full request URL, as the host reports it in `Location`.
    var url: String {
        "http://\(authority)\(head.path ?? "")"
    }
}
