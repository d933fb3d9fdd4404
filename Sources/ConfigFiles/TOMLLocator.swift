/// Finds where things stand in the text of a TOML file, so an error can name the line: the one line finder the
/// theme and connections loaders share (TOMLKit's tables do not keep positions).
public struct TOMLLocator: Sendable {
    /// The file's lines, without their line breaks.
    private let lines: [Substring]

    /// Reads `text`.
    public init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.drop(while: { $0 == " " || $0 == "\t" })
        }
    }

    /// The 1-based line of the header of the table at `path` (`[a.b]` or `[a."b"]`), or of the first of its
    /// subtables (`[a.b.c]`); `nil` when there is none.
    public func header(_ path: [String]) -> Int? {
        let bare = path.joined(separator: ".")
        let quotedLast = (path.dropLast() + ["\"\(path.last ?? "")\""]).joined(separator: ".")
        for (index, line) in lines.enumerated() {
            for name in [bare, quotedLast] where line.hasPrefix("[\(name)]") || line.hasPrefix("[\(name).") {
                return index + 1
            }
        }
        return nil
    }

    /// The 1-based line where `key` is assigned (`key = …` or `"key" = …`): the first anywhere, or with
    /// `inTableAt` the first between that table's header and the next header. `nil` when there is none.
    public func assignment(_ key: String, inTableAt header: Int? = nil) -> Int? {
        let start = header ?? 0
        for index in start..<lines.count {
            let line = lines[index]
            if header != nil, line.hasPrefix("[") {
                return nil
            }
            for candidate in [key, "\"\(key)\""] where line.hasPrefix(candidate) {
                let rest = line.dropFirst(candidate.count).drop(while: { $0 == " " || $0 == "\t" })
                if rest.hasPrefix("=") {
                    return index + 1
                }
            }
        }
        return nil
    }
}
