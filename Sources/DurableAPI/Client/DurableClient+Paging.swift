extension DurableClient {
    /// Pages of a list endpoint (§5.3, §5.14): each request sends the previous page's `x-ms-continuation-token`
    /// back in the same header, and each 200 body is decoded as an array of `Item`.
    func continuationPages<Item: JSONDecodable>(
        pathSegments: [String],
        query: QueryItems,
        subject: String
    ) -> ContinuationPages<Item> {
        let client = self
        return ContinuationPages(receivePage: { (token: String?) async throws(DurableAPIError) in
            var headers = HTTPHeaders()
            if let token {
                headers.add(name: "x-ms-continuation-token", value: token)
            }
            let request = client.endpoint.request(.get, pathSegments: pathSegments, query: query, headers: headers)
            let response = try await client.send(request)
            guard response.status == 200 else {
                throw client.failure(for: response, subject: subject)
            }
            return ContinuationPages.ArrivedPage(token: response.headers["x-ms-continuation-token"]) {
                () throws(DurableAPIError) in try client.decodeArray(of: Item.self, from: response)
            }
        })
    }
}
