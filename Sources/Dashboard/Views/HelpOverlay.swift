import ScreenKit

/// The `?` overlay: every binding of the current view, by section, generated from the key map.
enum HelpOverlay {
    /// The help text lines for a view: section titles, then `keys  label` lines.
    static func lines(for view: ViewKind, keyMap: KeyMap, readOnly: Bool, asciiOnly: Bool) -> [TextLine] {
        var lines = [TextLine(text: "Help: " + view.title + "   (j/k scroll; Esc, q or ? closes)", style: .helpSection)]
        let bindings = keyMap.bindings(for: view)
        for section in KeyBinding.Section.allCases {
            let inSection = bindings.filter { $0.section == section }
            if inSection.isEmpty {
                continue
            }
            lines.append(TextLine(text: "", style: .help))
            lines.append(TextLine(text: section.rawValue, style: .helpSection))
            for binding in inSection {
                let keys = binding.keyNames(asciiOnly: asciiOnly).padding(toLength: 18, withPad: " ", startingAt: 0)
                let disabled = binding.mutates && readOnly
                let label = disabled ? binding.label + " (disabled: read-only)" : binding.label
                lines.append(TextLine(text: keys + label, style: disabled ? .hintDisabled : .help, indent: 2))
            }
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

    static func draw(_ state: DashboardState, into grid: inout Grid) {
        let lines = lines(
            for: state.current.kind,
            keyMap: state.keyMap,
            readOnly: state.options.readOnly,
            asciiOnly: grid.asciiOnly
        )
        let top = Layout.overlayTop
        let height = Layout.overlayHeight(grid.size)
        for row in top..<top + height {
            grid.fill(row: row, column: 0, width: grid.size.columns, style: .help)
        }
        TextLine.draw(lines, scroll: state.helpScroll, top: top, height: height, into: &grid)
    }
}
