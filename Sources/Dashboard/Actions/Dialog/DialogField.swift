import DurableAPI
import ScreenKit

/// One labelled input of an action dialog and the rule its text must follow.
public struct DialogField: Hashable, Sendable {
    /// What the text must be.
    public enum Kind: Hashable, Sendable {
        /// Any text; `required` refuses an empty one.
        case text(required: Bool)
        /// JSON, checked as it is typed; an empty field is allowed (meaning `null` or no input).
        case json
        /// The confirmation count: the operator must type exactly this number.
        case count(Int)
        /// A choice between options, changed with Space or ←/→; the text is the chosen option.
        case choice([String])
        /// An ISO 8601 UTC time; `required` refuses an empty one.
        case time(required: Bool)
        /// Comma-separated runtime status names, in any case; empty means every status.
        case statuses
    }

    /// Which field this is; the label shown before it is the name's text.
    public enum Name: String, Hashable, Sendable {
        /// The reason of a terminate, suspend, resume or rewind.
        case reason = "Reason"
        /// The event name of a raised event.
        case eventName = "Event"
        /// The event payload.
        case payload = "Payload (JSON)"
        /// The restart choice: a fresh instance id or the same one.
        case restartID = "Instance id"
        /// The orchestrator to start.
        case orchestrator = "Orchestrator"
        /// The optional instance id of a start.
        case instanceID = "Instance id (optional)"
        /// The input of a start or an entity signal.
        case input = "Input (JSON)"
        /// The entity operation.
        case operation = "Operation"
        /// The start of the created window of a purge by filter.
        case createdFrom = "Created from"
        /// The optional end of that window.
        case createdTo = "Created to (optional)"
        /// The statuses a purge by filter removes.
        case statuses = "Statuses"
        /// The count the operator must type to confirm.
        case count = "Type the count"
    }

    /// Which field this is.
    public var name: Name
    /// The rule.
    public var kind: Kind
    /// The text and cursor.
    public var input: TextField

    /// Creates a field with initial text.
    public init(name: Name, kind: Kind, text: String = "") {
        self.name = name
        self.kind = kind
        self.input = TextField(text)
    }

    /// The label shown before the field.
    public var label: String {
        name.rawValue
    }

    /// The field's text with surrounding spaces removed.
    public var value: String {
        input.text.trimmingCharacters(in: .whitespaces)
    }

    /// Why the text is not acceptable yet, or `nil` when it is.
    public var problem: String? {
        switch kind {
        case .text(let required):
            return required && value.isEmpty ? "\(label) is required" : nil
        case .json:
            guard !value.isEmpty else { return nil }
            do {
                _ = try JSONValue(parsing: input.text)
                return nil
            } catch {
                return "\(label): \(error.description)"
            }
        case .count(let expected):
            return value == String(expected) ? nil : "type \(expected) to confirm"
        case .choice:
            return nil
        case .time(let required):
            if value.isEmpty {
                return required ? "\(label) is required (for example 2026-03-10T00:00:00Z)" : nil
            }
            return DurableDate.parse(value) == nil ? "\(label): not a time like 2026-03-10T00:00:00Z" : nil
        case .statuses:
            for name in Self.statusNames(value) where Self.status(named: name) == nil {
                return "\(label): unknown status '\(name)'"
            }
            return nil
        }
    }

    /// The JSON value of a `.json` field: `nil` when empty or invalid.
    public var json: JSONValue? {
        guard !value.isEmpty else { return nil }
        return try? JSONValue(parsing: input.text)
    }

    /// The statuses of a `.statuses` field, in the order typed; unknown names are left out.
    public var statuses: [RuntimeStatus] {
        var result: [RuntimeStatus] = []
        for name in Self.statusNames(value) {
            if let status = Self.status(named: name) {
                result.append(status)
            }
        }
        return result
    }

    /// Applies a key: Space and ←/→ cycle a choice; every other field edits its text.
    public mutating func edit(_ key: KeyEvent) -> Bool {
        guard case .choice(let options) = kind, !options.isEmpty else {
            return input.edit(key)
        }
        let position = options.firstIndex(of: input.text) ?? 0
        switch key {
        case .character(" "), .right:
            input = TextField(options[(position + 1) % options.count])
        case .left:
            input = TextField(options[(position + options.count - 1) % options.count])
        default:
            return false
        }
        return true
    }

    /// The known status whose name matches `name`, ignoring case.
    private static func status(named name: String) -> RuntimeStatus? {
        RuntimeStatus.allKnown.first { $0.name.lowercased() == name.lowercased() }
    }

    private static func statusNames(_ text: String) -> [String] {
        var names: [String] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty {
                names.append(name)
            }
        }
        return names
    }
}
