/// What is in front of the view on top of the stack. Exactly one mode holds at a time; key routing and rendering
/// both switch on it, so an overlay that takes the keys is also the one drawn on top.
public enum Mode: Hashable, Sendable {
    /// No overlay: keys go to the view.
    case browsing
    /// The `/` filter or `:` command prompt is being edited.
    case prompt(Prompt)
    /// The `?` help overlay, scrolled to its first shown line.
    case help(scroll: Int)
    /// An operator action's confirmation dialog.
    case dialog(ActionDialog)
    /// The progress panel of the current or last run, scrolled to its first shown line.
    case progress(scroll: Int)

    /// The overlay's key mode, or `nil` while browsing (the view's own mode applies).
    public var overlayKeyMode: KeyMode? {
        switch self {
        case .browsing: nil
        case .prompt: .prompt
        case .help: .help
        case .dialog: .dialog
        case .progress: .progress
        }
    }
}
