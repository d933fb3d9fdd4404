import DurableAPI

/// The `/` filter of the instances list, parsed from what the user typed.
///
/// Words are matched case-insensitively and must all match:
/// - `status:failed` (or `status:failed,running`) keeps instances whose status starts with one of the words;
/// - `name:Order` keeps instances whose orchestrator name contains the text;
/// - any other word must appear in the instance id, the name, or the custom status text.
public struct InstanceFilter: Hashable, Sendable {
    /// The text as typed.
    public let text: String
    /// Lower-cased status prefixes from `status:` words; empty means any status.
    public let statuses: [String]
    /// Lower-cased texts from `name:` words.
    public let names: [String]
    /// Lower-cased free words.
    public let terms: [String]

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
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool { statuses.isEmpty && names.isEmpty && terms.isEmpty }

    /// Whether an instance passes the filter. Each text is lowered only when a word needs it, and the custom
    /// status (serialised JSON, the dearest) only for a word the id and the name did not hold.
    public func matches(_ instance: OrchestrationStatus) -> Bool {
        if isEmpty {
            return true
        }
        if !statuses.isEmpty {
            let status = instance.runtimeStatus.name.lowercased()
            guard statuses.contains(where: { status.hasPrefix($0) }) else {
                return false
            }
        }
        if names.isEmpty && terms.isEmpty {
            return true
        }
        let name = (instance.name ?? "").lowercased()
        for wanted in names where !name.contains(wanted) {
            return false
        }
        if terms.isEmpty {
            return true
        }
        let id = instance.instanceId.lowercased()
        var custom: String?
        for term in terms where !id.contains(term) && !name.contains(term) {
            if custom == nil {
                custom = instance.customStatus.isNull ? "" : instance.customStatus.compactText.lowercased()
            }
            if custom?.contains(term) != true {
                return false
            }
        }
        return true
    }
}
