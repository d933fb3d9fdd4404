extension DurableClient {
    /// Pages of a list endpoint (§5.3, §5.14): each request sends the previous page's `x-ms-continuation-token`
    /// back in the same header, and each 200 body is decoded as an array of `Item`. Pages fetched ahead go out as
    /// one chain of requests on the transport (``HTTPTransport/sendChain(startingWith:next:)``).
    func continuationPages<Item: JSONDecodable>(
        pathSegments: [String],
        query: QueryItems,
        subject: String
    ) -> ContinuationPages<Item> {
        let client = self
        let url = endpoint.url(pathSegments: pathSegments, query: query)
        let request = { @Sendable (token: String?) -> HTTPRequest in
            var headers = HTTPHeaders()
            if let token {
                headers.add(name: "x-ms-continuation-token", value: token)
            }
            return client.endpoint.authorized(HTTPRequest(method: .get, url: url, headers: headers))
        }
        let arrival = { @Sendable (response: HTTPResponse) throws(DurableAPIError) in
            guard response.status == 200 else {
                throw client.failure(for: response, subject: subject)
            }
            return ContinuationPages<Item>.ArrivedPage(
                token: response.headers["x-ms-continuation-token"],
                isEmpty: JSONParser.isEmptyArray(response.body)
            ) { () throws(DurableAPIError) in try client.decodeArray(of: Item.self, from: response) }
        }
        return ContinuationPages(
            receivePage: { (token: String?) async throws(DurableAPIError) in
                try arrival(await client.send(request(token)))
            },
            fetchRun: { token, arrived in
                client.transport.sendChain(startingWith: request(token)) { answer in
                    let page: Result<ContinuationPages<Item>.ArrivedPage, DurableAPIError>
                    do throws(DurableAPIError) {
                        page = .success(try arrival(client.response(from: answer)))
                    } catch {
                        page = .failure(error)
                    }
                    return arrived(page).map(request)
                }
            }
        )
    }
}
