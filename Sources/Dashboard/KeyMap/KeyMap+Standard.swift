import ScreenKit

extension KeyMap {
    private static let views = KeyMode.views
    private static let scrolling = KeyMode.views.union([.hubs, .help, .progress])
    private static let everywhere = KeyMode.views.union([.hubs])
    private static let details: Set<KeyMode> = [.instanceSummary, .instanceHistory, .instanceTimeline]
    private static let lists: Set<KeyMode> = [.instances, .entities, .failures, .attention, .orchestrators]
    private static let aboutAnInstance = details.union([.instances, .attention, .historyEvent])

    /// The dashboard's standard bindings (k9s-style): the views', the operator actions', and the overlays'.
    public static let standard = KeyMap(
        bindings: [
            KeyBinding(
                keys: [.character("k"), .up],
                action: .moveUp,
                label: "up",
                section: .navigation,
                modes: scrolling
            ),
            KeyBinding(
                keys: [.character("j"), .down],
                action: .moveDown,
                label: "down",
                section: .navigation,
                modes: scrolling
            ),
            KeyBinding(
                keys: [.pageUp, .control("b")],
                action: .pageUp,
                label: "page up",
                section: .navigation,
                modes: scrolling
            ),
            KeyBinding(
                keys: [.pageDown, .control("f")],
                action: .pageDown,
                label: "page down",
                section: .navigation,
                modes: scrolling
            ),
            KeyBinding(
                keys: [.character("g"), .home],
                action: .top,
                label: "top",
                section: .navigation,
                modes: scrolling
            ),
            KeyBinding(
                keys: [.character("G"), .end],
                action: .bottom,
                label: "bottom",
                section: .navigation,
                modes: scrolling
            ),
            KeyBinding(
                keys: [.escape],
                action: .clearFilter,
                label: "clear the filter, else back (to a triage view, or the hubs)",
                section: .navigation,
                modes: [.instances],
                hint: "clear filter"
            ),
            KeyBinding(
                keys: [.escape],
                action: .clearFilter,
                label: "clear the filter, else back to the hubs",
                section: .navigation,
                modes: lists.subtracting([.instances]),
                hint: "clear filter"
            ),
            KeyBinding(
                keys: [.escape],
                action: .clearFilter,
                label: "clear the filter",
                section: .navigation,
                modes: [.hubs],
                hint: "clear filter"
            ),
            KeyBinding(
                keys: [.enter],
                action: .open,
                label: "into the hub (its dashboard; :hubs comes back)",
                section: .navigation,
                modes: [.hubs],
                hint: "open"
            ),
            KeyBinding(
                keys: [.enter],
                action: .open,
                label: "open",
                section: .navigation,
                modes: lists.union([.instanceHistory]),
                hint: "open"
            ),
            KeyBinding(
                keys: [.enter],
                action: .open,
                label: "open: a sub-orchestration's child, else the event's JSON",
                section: .navigation,
                modes: [.instanceTimeline],
                hint: "open"
            ),
            KeyBinding(
                keys: [.escape],
                action: .back,
                label: "back",
                section: .navigation,
                modes: views.subtracting(lists),
                hint: "back"
            ),
            KeyBinding(keys: [.tab], action: .nextTab, label: "next tab", section: .view, modes: details, hint: "tab"),
            KeyBinding(keys: [.backTab], action: .previousTab, label: "previous tab", section: .view, modes: details),
        ]
            + tabBindings
            + [
                KeyBinding(
                    keys: [.character("/")],
                    action: .filter,
                    label: "filter: status:failed name:Order text (Enter applies)",
                    section: .view,
                    modes: [.instances],
                    hint: "filter"
                ),
                KeyBinding(
                    keys: [.character("/")],
                    action: .filter,
                    label: "filter by text (Enter applies)",
                    section: .view,
                    modes: lists.subtracting([.instances]).union([.hubs]),
                    hint: "filter"
                ),
                KeyBinding(
                    keys: [.character(">")],
                    action: .sortNextColumn,
                    label: "sort by next column",
                    section: .view,
                    modes: [.instances]
                ),
                KeyBinding(
                    keys: [.character("<")],
                    action: .sortPreviousColumn,
                    label: "sort by previous column",
                    section: .view,
                    modes: [.instances]
                ),
                KeyBinding(
                    keys: [.character("o")],
                    action: .reverseSort,
                    label: "reverse sort order",
                    section: .view,
                    modes: [.instances]
                ),
                KeyBinding(
                    keys: [.character("w")],
                    action: .nextTimeWindow,
                    label: "created window 1h/6h/24h/7d/30d",
                    section: .view,
                    modes: [.instances],
                    hint: "window"
                ),
                KeyBinding(
                    keys: [.character("s")],
                    action: .nextStatusFilter,
                    label: "status filter (sent to host)",
                    section: .view,
                    modes: [.instances],
                    hint: "status"
                ),
                KeyBinding(
                    keys: [.character("e")],
                    action: .toggleEntityInstances,
                    label: "show/hide entity instances",
                    section: .view,
                    modes: [.instances]
                ),
                KeyBinding(
                    keys: [.character("y")],
                    action: .copyID,
                    label: "copy the instance id to the clipboard (OSC 52)",
                    section: .view,
                    modes: aboutAnInstance
                ),
                KeyBinding(
                    keys: [.character("Y")],
                    action: .export,
                    label: "export this instance's JSON (secrets masked) to ./ID.json",
                    section: .view,
                    modes: details
                ),
                KeyBinding(
                    keys: [.character("t")],
                    action: .cycleTimeDisplay,
                    label: "times: relative/UTC/local",
                    section: .general,
                    modes: views
                ),
                KeyBinding(
                    keys: [.character("r"), .control("r")],
                    action: .refresh,
                    label: "refresh now",
                    section: .general,
                    modes: everywhere
                ),
                KeyBinding(
                    keys: [.character("p")],
                    action: .togglePause,
                    label: "pause/resume updates",
                    section: .general,
                    modes: views,
                    hint: "pause"
                ),
                KeyBinding(
                    keys: [.character(":")],
                    action: .command,
                    label: "command (:instances :failures :attention :hubs :q)",
                    section: .general,
                    modes: everywhere,
                    hint: "cmd"
                ),
                KeyBinding(
                    keys: [.character("?")],
                    action: .help,
                    label: "help",
                    section: .general,
                    modes: everywhere,
                    hint: "help"
                ),
                KeyBinding(
                    keys: [.character("q")],
                    action: .backOrQuit,
                    label: "back; quit at the top",
                    section: .general,
                    modes: everywhere,
                    hint: "back/quit"
                ),
                KeyBinding(keys: [.control("c")], action: .quit, label: "quit", section: .general, modes: everywhere),
            ] + actionBindings + overlayBindings
    )

    /// `1`, `2`, … jump to the detail tab of that number, one binding per tab.
    private static let tabBindings = InstanceDetailState.Tab.allCases.map { tab in
        KeyBinding(
            keys: [.character(Character(String(tab.rawValue)))],
            action: .selectTab(tab.rawValue),
            label: tab.title + " tab",
            section: .view,
            modes: details
        )
    }
}
