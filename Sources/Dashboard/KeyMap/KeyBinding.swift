import ScreenKit

/// One line of the key map: which keys do what, in which modes, and how help shows it.
public struct KeyBinding: Hashable, Sendable {
    /// The help section a binding is listed under.
    public enum Section: String, Hashable, Sendable, CaseIterable {
        /// Moving around a list or text.
        case navigation = "NAVIGATION"
        /// What the current view offers.
        case view = "VIEW"
        /// Available everywhere.
        case general = "GENERAL"
        /// Operator actions that change the host.
        case actions = "ACTIONS"
    }

    /// The keys, the first being the one the hint line shows. Empty for the text typed into a field, which is
    /// every key the mode binds to nothing else.
    public var keys: [KeyEvent]
    /// What the keys do.
    public var action: Action
    /// The text in help and the hint line.
    public var label: String
    /// The help section.
    public var section: Section
    /// The modes where the binding applies.
    public var modes: Set<KeyMode>
    /// Whether the action changes the host (disabled in read-only mode).
    public var mutates: Bool
    /// The one-word label on the hint line, or `nil` when the hint line leaves the binding out.
    public var hint: String?

    /// Creates a binding.
    public init(
        keys: [KeyEvent],
        action: Action,
        label: String,
        section: KeyBinding.Section,
        modes: Set<KeyMode>,
        mutates: Bool = false,
        hint: String? = nil
    ) {
        self.keys = keys
        self.action = action
        self.label = label
        self.section = section
        self.modes = modes
        self.mutates = mutates
        self.hint = hint
    }

    /// How help names a binding with no keys of its own: the text typed into a field.
    public static let typingName = "text"

    /// The keys as help shows them (`j ↓`).
    public func keyNames(asciiOnly: Bool) -> String {
        if keys.isEmpty {
            return Self.typingName
        }
        return keys.map { $0.name(asciiOnly: asciiOnly) }.joined(separator: " ")
    }
}
