import ScreenKit

/// The key map as data: every binding of every view. Help, the hint line and the README's key table are all
/// generated from it, so no binding goes undocumented.
public struct KeyMap: Hashable, Sendable {
    /// All bindings, in help order.
    public var bindings: [KeyBinding]

    /// Creates a key map.
    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The bindings that apply in a mode, in help order.
    public func bindings(for mode: KeyMode) -> [KeyBinding] {
        bindings.filter { $0.modes.contains(mode) }
    }

    /// The binding a key triggers in a mode, if any.
    public func binding(for key: KeyEvent, in mode: KeyMode) -> KeyBinding? {
        bindings.first { $0.modes.contains(mode) && $0.keys.contains(key) }
    }

    /// A Markdown table of every binding (keys, action, modes), for the README.
    public func markdownTable() -> String {
        var lines = ["| keys | action | where |", "|---|---|---|"]
        for binding in bindings {
            let keys =
                binding.keys.isEmpty
                ? KeyBinding.typingName
                : binding.keys.map { "`\($0.description)`" }
                    .joined(separator: " ")
            let label = binding.mutates ? binding.label + " (changes the host)" : binding.label
            lines.append("| \(keys) | \(label) | \(Self.placeText(binding.modes)) |")
        }
        return lines.joined(separator: "\n")
    }

    /// `every view`, `every view, Help`, or the modes by name.
    private static func placeText(_ modes: Set<KeyMode>) -> String {
        var names: [String] = []
        if modes.isSuperset(of: KeyMode.views) {
            names.append("every view")
        }
        for mode in KeyMode.allCases where modes.contains(mode) {
            if !modes.isSuperset(of: KeyMode.views) || !KeyMode.views.contains(mode) {
                names.append(mode.title)
            }
        }
        return names.joined(separator: ", ")
    }
}
