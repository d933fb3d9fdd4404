import ScreenKit

/// The lines of the `?` overlay, generated from the key map: the view's bindings by section, then the keys of
/// each overlay the view leads to (the prompt, an action dialog, the progress panel, help itself), then the `:`
/// commands and the filter words.
enum HelpContent {
    /// The help lines for a view.
    static func lines(for view: KeyMode, keyMap: KeyMap, readOnly: Bool, asciiOnly: Bool) -> [TextLine] {
        let closing = keyMap.bindings(for: .help).first { $0.action == .close }?.keyNames(asciiOnly: asciiOnly) ?? ""
        let title = "Help: " + view.title + "   (j/k scroll; " + closing + " closes)"
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
        for overlay in KeyMode.overlays {
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
