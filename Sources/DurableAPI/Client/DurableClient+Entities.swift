extension DurableClient {
    /// Signals `operation` on an entity (§5.12), with an optional JSON input (`Content-Type: application/json`).
    /// An empty key addresses `entities/{name}`, which the host treats as the empty key.
    public func signal(
        _ entity: EntityID,
        operation: String,
        input: JSONValue? = nil
    ) async throws(DurableAPIError) {
        var segments = ["entities", entity.name]
        if !entity.key.isEmpty {
            segments.append(entity.key)
        }
        var query = QueryItems()
        query.add("op", operation)
        let request = Self.jsonRequest(endpoint, .post, pathSegments: segments, query: query, body: input)
        try await sendExpectingAccepted(request, subject: "entity '\(entity)'")
    }

    /// An entity's state (§5.13), or nil when the entity does not exist (404). The empty key is sent as `$`.
    public func entityState(_ entity: EntityID) async throws(DurableAPIError) -> JSONValue? {
        let key = entity.key.isEmpty ? "$" : entity.key
        let response = try await send(endpoint.request(.get, pathSegments: ["entities", entity.name, key]))
        switch response.status {
        case 200:
            return try parseBody(response)
        case 404:
            return nil
        default:
            throw failure(for: response, subject: "entity '\(entity)'")
        }
    }

    /// Lists entities (§5.14) as pages, following continuation tokens.
    public func entities(_ query: EntityQuery = EntityQuery()) -> ContinuationPages<EntityStatus> {
        continuationPages(pathSegments: query.pathSegments, query: query.queryItems, subject: "entity list")
    }
}
