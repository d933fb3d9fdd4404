extension DurableClient {
    /// Follows the async HTTP 202 pattern (§5.2): while the answer is 202, waits `Retry-After` (see `policy`)
    /// and GETs its `Location`, until a non-202 answer, which is returned as is.
    ///
    /// The `Location` must be on the endpoint's own scheme and host (relative paths are resolved against it);
    /// any `code=` in it is dropped, since the key goes in the header. Task cancellation stops the wait.
    public func followLocation(
        from response: HTTPResponse,
        policy: PollingPolicy = PollingPolicy(),
        sleeper: any Sleeper = TaskSleeper()
    ) async throws(DurableAPIError) -> HTTPResponse {
        var current = response
        var polls = 0
        while current.status == 202 {
            if let limit = policy.maximumPolls, polls >= limit {
                throw .hostError(status: 202, message: "still running after \(polls) polls")
            }
            guard let location = current.headers["Location"], !location.isEmpty else {
                throw .invalidResponse(path: "Location header", reason: "202 answer without a Location to follow")
            }
            let url = try pollURL(for: location)
            do {
                try await sleeper.sleep(for: policy.delay(retryAfter: current.headers["Retry-After"]))
            } catch {
                throw .transport(.cancelled)
            }
            if Task.isCancelled {
                throw .transport(.cancelled)
            }
            current = try await send(endpoint.authorized(HTTPRequest(method: .get, url: url)))
            polls += 1
        }
        return current
    }

    /// The absolute URL to poll for a `Location` value, without `code`; other hosts are refused.
    func pollURL(for location: String) throws(DurableAPIError) -> String {
        let refusal = DurableAPIError.foreignLocation(HostText.sanitized(endpoint.redaction.apply(location)))
        let absolute: String
        if location.hasPrefix("/") {
            guard let root = ParsedURL(endpoint.baseURL) else {
                throw refusal
            }
            absolute = root.schemeAndAuthority + location
        } else {
            absolute = location
        }
        guard let target = ParsedURL(absolute), let root = ParsedURL(endpoint.baseURL),
            target.scheme == root.scheme, target.authority.lowercased() == root.authority.lowercased()
        else {
            throw refusal
        }
        return Self.removingCode(from: absolute)
    }

    /// `url` without any `code=` query item (other items kept verbatim, in order).
    static func removingCode(from url: String) -> String {
        guard let questionMark = url.firstIndex(of: "?") else { return url }
        var query = url[url.index(after: questionMark)...]
        var fragment = ""
        if let hash = query.firstIndex(of: "#") {
            fragment = String(query[hash...])
            query = query[..<hash]
        }
        var kept: [Substring] = []
        for item in query.split(separator: "&")
        where !item.lowercased().hasPrefix("code=") && item.lowercased() != "code" {
            kept.append(item)
        }
        let base = String(url[..<questionMark])
        return (kept.isEmpty ? base : base + "?" + kept.joined(separator: "&")) + fragment
    }
}
