import Foundation

/// One HTTP request as the client builds it: the exact URL string, headers and body.
public struct HTTPRequest: Sendable, Hashable {
    /// The request method.
    public var method: HTTPMethod
    /// The absolute URL, already percent-encoded; sent exactly as written.
    public var url: String
    /// The request headers.
    public var headers: HTTPHeaders
    /// The request body; empty means no body (`Content-Length: 0` for POST).
    public var body: Data

    /// Creates a request.
    public init(method: HTTPMethod, url: String, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
