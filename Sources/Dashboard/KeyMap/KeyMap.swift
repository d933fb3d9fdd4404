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

    /// The bindings that apply in a view, in help order.
    public func bindings(for view: ViewKind) -> [KeyBinding] {
        bindings.filter { $0.views.contains(view) }
    }

    /// The binding a key triggers in a view, if any.
    public func binding(for key: KeyEvent, in view: ViewKind) -> KeyBinding? {
        bindings.first { $0.views.contains(view) && $0.keys.contains(key) }
    }

    /// A Markdown table of every binding (keys, action, views), for the README.
    public func markdownTable() -> String {
        var lines = ["| keys | action | views |", "|---|---|---|"]
        for binding in bindings {
            let keys = binding.keys.map { "`\($0.description)`" }.joined(separator: " ")
            let views = ViewKind.allCases.filter { binding.views.contains($0) }.map(\.title)
            let viewText = views.count == ViewKind.allCases.count ? "all" : views.joined(separator: ", ")
            let label = binding.mutates ? binding.label + " (changes the host)" : binding.label
            lines.append("| \(keys) | \(label) | \(viewText) |")
        }
        return lines.joined(separator: "\n")
    }
}

extension KeyMap {
    private static let everywhere = Set(ViewKind.allCases)
    private static let details: Set<ViewKind> = [.instanceSummary, .instanceHistory]

    /// The dashboard's standard bindings (k9s-style).
    public static let standard = KeyMap(
        bindings: [
            KeyBinding(
                keys: [.character("k"), .up],
                action: .moveUp,
                label: "up",
                section: .navigation,
                views: everywhere
            ),
            KeyBinding(
                keys: [.character("j"), .down],
                action: .moveDown,
                label: "down",
                section: .navigation,
                views: everywhere
            ),
            KeyBinding(
                keys: [.pageUp, .control("b")],
                action: .pageUp,
                label: "page up",
                section: .navigation,
                views: everywhere
            ),
            KeyBinding(
                keys: [.pageDown, .control("f")],
                action: .pageDown,
                label: "page down",
                section: .navigation,
                views: everywhere
            ),
            KeyBinding(
                keys: [.character("g"), .home],
                action: .top,
                label: "top",
                section: .navigation,
                views: everywhere
            ),
            KeyBinding(
                keys: [.character("G"), .end],
                action: .bottom,
                label: "bottom",
                section: .navigation,
                views: everywhere
            ),
            KeyBinding(
                keys: [.enter],
                action: .open,
                label: "open",
                section: .navigation,
                views: [.instances, .instanceHistory, .entities],
                hint: "open"
            ),
            KeyBinding(
                keys: [.escape],
                action: .back,
                label: "back",
                section: .navigation,
                views: everywhere.subtracting([.instances, .entities]),
                hint: "back"
            ),
            KeyBinding(
                keys: [.escape],
                action: .back,
                label: "clear the filter; close help or the progress panel",
                section: .navigation,
                views: [.instances, .entities]
            ),
            KeyBinding(
                keys: [.tab],
                action: .nextTab,
                label: "next tab",
                section: .view,
                views: details,
                hint: "tab"
            ),
            KeyBinding(keys: [.backTab], action: .previousTab, label: "previous tab", section: .view, views: details),
            KeyBinding(
                keys: [.character("1")],
                action: .selectTab(1),
                label: "Summary tab",
                section: .view,
                views: details
            ),
            KeyBinding(
                keys: [.character("2")],
                action: .selectTab(2),
                label: "History tab",
                section: .view,
                views: details
            ),
            KeyBinding(
                keys: [.character("/")],
                action: .filter,
                label: "filter: status:failed name:Order text (Enter applies)",
                section: .view,
                views: [.instances, .entities],
                hint: "filter"
            ),
            KeyBinding(
                keys: [.character(">")],
                action: .sortNextColumn,
                label: "sort by next column",
                section: .view,
                views: [.instances]
            ),
            KeyBinding(
                keys: [.character("<")],
                action: .sortPreviousColumn,
                label: "sort by previous column",
                section: .view,
                views: [.instances]
            ),
            KeyBinding(
                keys: [.character("o")],
                action: .reverseSort,
                label: "reverse sort order",
                section: .view,
                views: [.instances]
            ),
            KeyBinding(
                keys: [.character("w")],
                action: .nextTimeWindow,
                label: "created window 1h/6h/24h/7d/30d",
                section: .view,
                views: [.instances],
                hint: "window"
            ),
            KeyBinding(
                keys: [.character("s")],
                action: .nextStatusFilter,
                label: "status filter (sent to host)",
                section: .view,
                views: [.instances],
                hint: "status"
            ),
            KeyBinding(
                keys: [.character("e")],
                action: .toggleEntityInstances,
                label: "show/hide entity instances",
                section: .view,
                views: [.instances]
            ),
            KeyBinding(
                keys: [.character("t")],
                action: .cycleTimeDisplay,
                label: "times: relative/UTC/local",
                section: .general,
                views: everywhere
            ),
            KeyBinding(
                keys: [.character("r"), .control("r")],
                action: .refresh,
                label: "refresh now",
                section: .general,
                views: everywhere
            ),
            KeyBinding(
                keys: [.character("p")],
                action: .togglePause,
                label: "pause/resume updates",
                section: .general,
                views: everywhere,
                hint: "pause"
            ),
            KeyBinding(
                keys: [.character(":")],
                action: .command,
                label: "command (:instances :entities :q)",
                section: .general,
                views: everywhere,
                hint: "cmd"
            ),
            KeyBinding(
                keys: [.character("?")],
                action: .help,
                label: "help",
                section: .general,
                views: everywhere,
                hint: "help"
            ),
            KeyBinding(
                keys: [.character("q")],
                action: .backOrQuit,
                label: "back; quit at the top",
                section: .general,
                views: everywhere,
                hint: "back/quit"
            ),
            KeyBinding(keys: [.control("c")], action: .quit, label: "quit", section: .general, views: everywhere),
        ] + actionBindings
    )
}
