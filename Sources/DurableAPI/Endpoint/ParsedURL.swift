/// The pieces of an absolute http(s) URL, split without any normalisation.
struct ParsedURL: Hashable {
    /// `http` or `https`, lower-cased.
    let scheme: String
    /// Host and optional port, as written.
    let authority: String
    /// The path, still percent-encoded; empty or starting with `/`.
    let path: String
    /// The query items in order, names and values percent-decoded (`+` kept literally in values).
    let query: [(name: String, value: String)]

    static func == (lhs: ParsedURL, rhs: ParsedURL) -> Bool {
        lhs.scheme == rhs.scheme && lhs.authority == rhs.authority && lhs.path == rhs.path
            && lhs.query.map(\.name) == rhs.query.map(\.name) && lhs.query.map(\.value) == rhs.query.map(\.value)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(scheme)
        hasher.combine(authority)
        hasher.combine(path)
    }

    /// `scheme://authority`.
    var schemeAndAuthority: String {
        "\(scheme)://\(authority)"
    }

    /// The first value of the query item `name` (letter case ignored, as the host does).
    func queryValue(_ name: String) -> String? {
        let lowered = name.lowercased()
        return query.first { $0.name.lowercased() == lowered }?.value
    }

    /// Splits `text`; nil unless it is an absolute `http`/`https` URL with a host.
    init?(_ text: String) {
        guard let schemeEnd = text.range(of: "://") else { return nil }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        var rest = text[schemeEnd.upperBound...]
        if let hash = rest.firstIndex(of: "#") {
            rest = rest[..<hash]
        }
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = String(rest[..<authorityEnd])
        guard !authority.isEmpty, !authority.contains("@"), !authority.contains(where: \.isWhitespace) else {
            return nil
        }
        rest = rest[authorityEnd...]
        let pathEnd = rest.firstIndex(of: "?") ?? rest.endIndex
        let path = String(rest[..<pathEnd])
        var query: [(name: String, value: String)] = []
        if pathEnd < rest.endIndex {
            for item in rest[rest.index(after: pathEnd)...].split(separator: "&") {
                let pieces = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = PercentEncoding.decode(String(pieces[0]), plusAsSpace: true)
                let value = pieces.count > 1 ? PercentEncoding.decode(String(pieces[1]), plusAsSpace: false) : ""
                query.append((name: name, value: value))
            }
        }
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
    }
}
