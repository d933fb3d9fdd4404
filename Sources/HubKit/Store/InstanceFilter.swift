import DurableAPI

/// The `/` filter of the instances list, parsed from what the user typed.
///
/// Words are matched case-insensitively and must all match:
/// - `status:failed` (or `status:failed,running`) keeps instances whose status starts with one of the words;
/// - `name:Order` keeps instances whose orchestrator name contains the text;
/// - any other word must appear in the instance id, the name, or a key or value of the custom status.
public struct InstanceFilter: Hashable, Sendable {
    /// The text as typed.
    public let text: String
    /// Lower-cased status prefixes from `status:` words; empty means any status.
    public let statuses: [String]
    /// Lower-cased texts from `name:` words.
    public let names: [String]
    /// Lower-cased free words.
    public let terms: [String]
    /// The searches for `names`.
    private let nameSearches: [TextSearch]
    /// The searches for `terms`.
    private let termSearches: [TextSearch]

    /// Parses filter text.
    public init(_ text: String) {
        self.text = text
        var statuses: [String] = []
        var names: [String] = []
        var terms: [String] = []
        for word in text.lowercased().split(separator: " ") {
            if word.hasPrefix("status:") {
                statuses += word.dropFirst("status:".count).split(separator: ",").map(String.init)
            } else if word.hasPrefix("name:") {
                let name = String(word.dropFirst("name:".count))
                if !name.isEmpty {
                    names.append(name)
                }
            } else {
                terms.append(String(word))
            }
        }
        self.statuses = statuses
        self.names = names
        self.terms = terms
        self.nameSearches = names.map(TextSearch.init)
        self.termSearches = terms.map(TextSearch.init)
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool { statuses.isEmpty && names.isEmpty && terms.isEmpty }

    /// Whether an instance passes the filter. Its search pairs turn most rows away first; the texts are searched
    /// where they are, never lowered or copied, so a filter over a large window costs no allocation per row.
    public func matches(_ instance: OrchestrationStatus) -> Bool {
        if isEmpty {
            return true
        }
        let pairs = instance.searchPairs
        for search in nameSearches where !search.mayBeFound(in: pairs) {
            return false
        }
        for search in termSearches where !search.mayBeFound(in: pairs) {
            return false
        }
        if !statuses.isEmpty {
            let status = instance.runtimeStatus.name.lowercased()
            guard statuses.contains(where: { status.hasPrefix($0) }) else {
                return false
            }
        }
        let name = instance.name ?? ""
        for search in nameSearches where !search.found(in: name) {
            return false
        }
        for search in termSearches where !instance.containsSearchedText(where: search.found(in:)) {
            return false
        }
        return true
    }
}
