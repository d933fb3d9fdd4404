import ScreenKit

/// The lines of the `?` overlay, generated from the key map: the view's bindings by section, then the keys of
/// each overlay the view leads to (the prompt, an action dialog, the progress panel, help itself), then the `:`
/// commands and the filter words.
enum HelpContent {
    /// The help lines for a view.
    static func lines(for view: KeyMode, keyMap: KeyMap, readOnly: Bool, asciiOnly: Bool) -> [TextLine] {
        let title =
            "Help: \(view.title)   (\(keys(.moveDown, keyMap, asciiOnly))/\(keys(.moveUp, keyMap, asciiOnly)) scroll; "
            + "\(keys(.close, keyMap, asciiOnly)) closes)"
        var lines = [TextLine(text: title, style: .helpSection)]
        let bindings = keyMap.bindings(for: view)
        for section in KeyBinding.Section.allCases {
            let inSection = bindings.filter { $0.section == section }
            if inSection.isEmpty {
                continue
            }
            lines.append(TextLine(text: "", style: .help))
            lines.append(TextLine(text: section.rawValue, style: .helpSection))
            lines += bindingLines(inSection, readOnly: readOnly, asciiOnly: asciiOnly)
        }
        for overlay in overlays(reachableFrom: bindings, readOnly: readOnly) {
            lines.append(TextLine(text: "", style: .help))
            lines.append(TextLine(text: "IN " + overlay.title.uppercased(), style: .helpSection))
            lines += bindingLines(keyMap.bindings(for: overlay), readOnly: readOnly, asciiOnly: asciiOnly)
        }
        lines.append(TextLine(text: "", style: .help))
        lines.append(TextLine(text: "COMMANDS", style: .helpSection))
        for command in DashboardCommand.all {
            lines.append(
                TextLine(
                    text: command.usage.padding(toLength: 32, withPad: " ", startingAt: 0) + command.meaning,
                    style: .help,
                    indent: 2
                )
            )
        }
        lines.append(
            TextLine(
                text: "filter words: status:failed  name:Order  free text (id, name, custom status)",
                style: .help,
                indent: 2
            )
        )
        return lines
    }

    /// The overlays a view leads to: the prompt and help from every view; an action dialog and the progress
    /// panel only from a view with operator actions, in a session that may run them.
    private static func overlays(reachableFrom bindings: [KeyBinding], readOnly: Bool) -> [KeyMode] {
        let hasActions = bindings.contains { if case .actions = $0.action { true } else { false } }
        return KeyMode.overlays.filter { overlay in
            overlay == .prompt || overlay == .help || (hasActions && !readOnly)
        }
    }

    /// The first key of the help overlay's binding of `action` (`j` for down, `Esc` for close).
    private static func keys(_ action: Action, _ keyMap: KeyMap, _ asciiOnly: Bool) -> String {
        let binding = keyMap.bindings(for: .help).first { $0.action == action }
        return binding?.keys.first?.name(asciiOnly: asciiOnly) ?? "?"
    }

    /// `keys  label` lines; a mutating binding in a read-only session says it is disabled.
    private static func bindingLines(_ bindings: [KeyBinding], readOnly: Bool, asciiOnly: Bool) -> [TextLine] {
        var lines: [TextLine] = []
        for binding in bindings {
            let keys = binding.keyNames(asciiOnly: asciiOnly).padding(toLength: 18, withPad: " ", startingAt: 0)
            let disabled = binding.mutates && readOnly
            let label = disabled ? binding.label + " (disabled: read-only)" : binding.label
            lines.append(TextLine(text: keys + label, style: disabled ? .hintDisabled : .help, indent: 2))
        }
        return lines
    }
}
