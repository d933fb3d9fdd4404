extension KeyMap {
    private static let instanceViews: Set<KeyMode> = [
        .instances, .attention, .instanceSummary, .instanceHistory, .instanceTimeline,
    ]
    private static let markableLists: Set<KeyMode> = [.instances, .attention, .entities]
    private static let entityViews: Set<KeyMode> = [.entities, .entityDetail]

    /// The operator-action bindings: uppercase letters for every key that changes the host, lowercase keys and
    /// Space for marks, which change nothing on the host.
    public static let actionBindings: [KeyBinding] = [
        KeyBinding(
            keys: [.character("T")],
            action: .actions(.operate(.terminate)),
            label: "terminate",
            section: .actions,
            modes: instanceViews,
            mutates: true,
            hint: "term"
        ),
        KeyBinding(
            keys: [.character("E")],
            action: .actions(.operate(.raiseEvent)),
            label: "raise event",
            section: .actions,
            modes: instanceViews,
            mutates: true
        ),
        KeyBinding(
            keys: [.character("S")],
            action: .actions(.suspendOrResume),
            label: "suspend / resume",
            section: .actions,
            modes: instanceViews,
            mutates: true
        ),
        KeyBinding(
            keys: [.character("W")],
            action: .actions(.operate(.rewind)),
            label: "rewind (failed only)",
            section: .actions,
            modes: instanceViews,
            mutates: true
        ),
        KeyBinding(
            keys: [.character("R")],
            action: .actions(.operate(.restart)),
            label: "restart",
            section: .actions,
            modes: instanceViews,
            mutates: true
        ),
        KeyBinding(
            keys: [.character("X")],
            action: .actions(.operate(.purge)),
            label: "purge (finished only)",
            section: .actions,
            modes: instanceViews,
            mutates: true
        ),
        KeyBinding(
            keys: [.character("P")],
            action: .actions(.operate(.purgeByFilter)),
            label: "purge by filter",
            section: .actions,
            modes: [.instances],
            mutates: true
        ),
        KeyBinding(
            keys: [.character("N")],
            action: .actions(.operate(.start)),
            label: "start a new orchestration",
            section: .actions,
            modes: [.instances],
            mutates: true
        ),
        KeyBinding(
            keys: [.character("E")],
            action: .actions(.operate(.signalEntity)),
            label: "signal entity",
            section: .actions,
            modes: entityViews,
            mutates: true
        ),
        KeyBinding(
            keys: [.character(" ")],
            action: .actions(.toggleMark),
            label: "mark / unmark row",
            section: .actions,
            modes: markableLists,
            hint: "mark"
        ),
        KeyBinding(
            keys: [.character("v")],
            action: .actions(.markRange),
            label: "mark range from the last marked row",
            section: .actions,
            modes: markableLists
        ),
        KeyBinding(
            keys: [.character("a")],
            action: .actions(.markAll),
            label: "mark all visible rows",
            section: .actions,
            modes: markableLists
        ),
        KeyBinding(
            keys: [.character("u")],
            action: .actions(.clearMarks),
            label: "clear marks",
            section: .actions,
            modes: markableLists
        ),
        KeyBinding(
            keys: [.character("b")],
            action: .actions(.showLastRun),
            label: "show the last action's progress",
            section: .actions,
            modes: instanceViews.union(entityViews)
        ),
    ]
}
