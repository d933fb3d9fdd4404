import Hummingbird

/// The parts of an HTTP request the handlers read.
struct SimRequest: Sendable {
    /// Upper-case method name.
    var method: String
    /// The raw (still percent-encoded) path.
    var path: String
    /// Parsed query.
    var query: QueryParameters
    /// Request headers.
    var headers: HTTPFields
    /// The `Host` the client used.
    var authority: String
    /// The full request URL, as the host reports it in `Location`.
    var url: String
    /// The body text, `nil` when there was none.
    var body: String?
}
