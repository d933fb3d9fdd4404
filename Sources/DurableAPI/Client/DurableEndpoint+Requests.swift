import Foundation

extension DurableEndpoint {
    /// The URL for `pathSegments` below the base (each segment percent-encoded), with `query` followed by the
    /// endpoint's `taskHub` and `connection`. The key is never part of it.
    public func url(pathSegments: [String], query: QueryItems = QueryItems()) -> String {
        var url = baseURL
        for segment in pathSegments {
            url += "/" + PercentEncoding.encodePathSegment(segment)
        }
        var items = query
        items.add("taskHub", ifPresent: taskHub)
        items.add("connection", ifPresent: connection)
        let encoded = items.encoded
        return encoded.isEmpty ? url : url + "?" + encoded
    }

    /// A request with the key in `x-functions-key` and `Accept: application/json`.
    public func request(
        _ method: HTTPMethod,
        pathSegments: [String],
        query: QueryItems = QueryItems(),
        headers: HTTPHeaders = HTTPHeaders(),
        body: Data = Data()
    ) -> HTTPRequest {
        authorized(
            HTTPRequest(
                method: method,
                url: url(pathSegments: pathSegments, query: query),
                headers: headers,
                body: body
            )
        )
    }

    /// `request` with `Accept: application/json` and the key header added (any `x-functions-key` replaced).
    public func authorized(_ request: HTTPRequest) -> HTTPRequest {
        var result = request
        if result.headers["Accept"] == nil {
            result.headers.add(name: "Accept", value: "application/json")
        }
        result.headers.remove(name: "x-functions-key")
        if let key {
            result.headers.add(name: "x-functions-key", value: key.value)
        }
        return result
    }
}
