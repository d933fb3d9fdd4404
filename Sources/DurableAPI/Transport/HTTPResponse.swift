import Foundation

/// One HTTP response: status code, headers and the (decompressed) body.
public struct HTTPResponse: Sendable, Hashable {
    /// The HTTP status code.
    public var status: Int
    /// The response headers of the final response (interim `100 Continue` headers are dropped).
    public var headers: HTTPHeaders
    /// The body after content decoding.
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
