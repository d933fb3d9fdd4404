extension DurableEndpoint {
    /// Builds an endpoint from whatever the operator has:
    /// - an app root: `https://myapp.azurewebsites.net` (v2+ base path assumed);
    /// - a webhook base: `…/runtime/webhooks/durabletask` (any letter case) or the 1.x
    ///   `…/admin/extensions/DurableTaskExtension`, with or without a trailing `/`;
    /// - any management URL below it, such as a pasted `statusQueryGetUri`;
    /// - a whole check-status JSON payload (input starting with `{`), see ``discover(checkStatusJSON:key:)``.
    ///
    /// `taskHub`, `connection` and `code` query values are taken from the URL. A `code` value becomes the
    /// ``key`` (sent later only in the header); a literal `+` in it is kept, since keys never contain spaces.
    /// An explicit `key` argument wins over a `code=` in the URL.
    public static func discover(from input: String, key: HostKey? = nil) throws(EndpointDiscoveryError) -> Self {
        let trimmed = input.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .empty }
        if trimmed.hasPrefix("{") {
            return try discover(checkStatusJSON: trimmed, key: key)
        }
        return try discover(fromURL: trimmed, key: key)
    }

    static func discover(fromURL trimmed: String, key: HostKey?) throws(EndpointDiscoveryError) -> Self {
        guard let url = ParsedURL(trimmed) else { throw .notAURL(trimmed) }
        let lowerPath = url.path.lowercased()
        let flavour: APIFlavour
        let prefixEnd: String.Index
        if let range = Self.segmentRange(of: APIFlavour.v2.basePath, inLowerPath: lowerPath) {
            flavour = .v2
            prefixEnd = range.upperBound
        } else if let range = Self.segmentRange(of: APIFlavour.v1.basePath, inLowerPath: lowerPath) {
            flavour = .v1
            prefixEnd = range.upperBound
        } else if url.path.isEmpty || url.path == "/" {
            flavour = .v2
            prefixEnd = lowerPath.startIndex
        } else {
            throw .notADurableURL(trimmed)
        }
        let offset = lowerPath.distance(from: lowerPath.startIndex, to: prefixEnd)
        let basePath = offset == 0 ? flavour.basePath : String(url.path.prefix(offset))
        let origin = url.schemeAndAuthority + String(basePath.dropLast(flavour.basePath.count))
        let codeKey = url.queryValue("code").flatMap { $0.isEmpty ? nil : HostKey($0) }
        return DurableEndpoint(
            origin: origin,
            baseURL: url.schemeAndAuthority + basePath,
            flavour: flavour,
            taskHub: Self.nonBlank(url.queryValue("taskHub")),
            connection: Self.nonBlank(url.queryValue("connection")),
            key: key ?? codeKey
        )
    }

    /// The range of `basePath` in `lowerPath` when it is followed by `/` or the end of the path.
    private static func segmentRange(of basePath: String, inLowerPath lowerPath: String) -> Range<String.Index>? {
        var searchStart = lowerPath.startIndex
        let lowerBase = basePath.lowercased()
        while let range = lowerPath.range(of: lowerBase, range: searchStart..<lowerPath.endIndex) {
            if range.upperBound == lowerPath.endIndex || lowerPath[range.upperBound] == "/" {
                return range
            }
            searchStart = range.upperBound
        }
        return nil
    }

    private static func nonBlank(_ value: String?) -> String? {
        guard let value else { return nil }
        let decoded = value.trimmingWhitespace()
        return decoded.isEmpty ? nil : decoded
    }
}
