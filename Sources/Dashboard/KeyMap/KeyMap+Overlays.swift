import ScreenKit

extension KeyMap {
    /// The bindings of the overlays: the prompt, the action dialog, the help overlay and the progress panel.
    /// Their scrolling keys are the views' navigation bindings.
    public static let overlayBindings: [KeyBinding] = [
        KeyBinding(keys: [.enter], action: .apply, label: "apply", section: .general, modes: [.prompt], hint: "apply"),
        KeyBinding(
            keys: [.escape],
            action: .cancel,
            label: "cancel (a / prompt also clears the filter)",
            section: .general,
            modes: [.prompt],
            hint: "cancel"
        ),
        KeyBinding(
            keys: [.control("c")],
            action: .close,
            label: "close, keeping the filter",
            section: .general,
            modes: [.prompt]
        ),
        KeyBinding(
            keys: [.tab],
            action: .complete,
            label: "complete a command, or the hub name after :hub",
            section: .general,
            modes: [.prompt],
            hint: "complete"
        ),
        KeyBinding(
            keys: [.tab],
            action: .nextField,
            label: "next field or button",
            section: .general,
            modes: [.dialog],
            hint: "next"
        ),
        KeyBinding(
            keys: [.backTab],
            action: .previousField,
            label: "previous field or button",
            section: .general,
            modes: [.dialog]
        ),
        KeyBinding(
            keys: [.enter],
            action: .confirm,
            label: "next field; on a button, press it",
            section: .general,
            modes: [.dialog],
            hint: "next/confirm"
        ),
        KeyBinding(
            keys: [.escape],
            action: .cancel,
            label: "cancel: nothing is sent",
            section: .general,
            modes: [.dialog],
            hint: "cancel"
        ),
        KeyBinding(
            keys: [.left, .right, .home, .end, .control("a"), .control("e")],
            action: .edit,
            label: "move in the field; switch buttons or choices",
            section: .general,
            modes: [.dialog]
        ),
        KeyBinding(
            keys: [.backspace, .delete, .control("u")],
            action: .edit,
            label: "delete a character; Ctrl-U clears",
            section: .general,
            modes: [.prompt, .dialog]
        ),
        KeyBinding(
            keys: [.character(" ")],
            action: .edit,
            label: "a space; in a choice field, the next choice",
            section: .general,
            modes: [.dialog]
        ),
        KeyBinding(
            keys: [],
            action: .edit,
            label: "typed into the field",
            section: .general,
            modes: [.prompt, .dialog]
        ),
        KeyBinding(
            keys: [.escape, .character("q"), .character("?")],
            action: .close,
            label: "close help",
            section: .general,
            modes: [.help],
            hint: "close"
        ),
        KeyBinding(keys: [.control("c")], action: .quit, label: "quit", section: .general, modes: [.help]),
        KeyBinding(
            keys: [.escape, .character("q")],
            action: .close,
            label: "close; cancels what is not sent yet",
            section: .general,
            modes: [.progress],
            hint: "close"
        ),
    ]
}
