import Dashboard

/// What the tests read of the mode in front; the dashboard itself switches on ``DashboardState/mode``.
extension DashboardState {
    /// The open action dialog, if any.
    var dialog: ActionDialog? {
        guard case .dialog(let dialog) = mode else { return nil }
        return dialog
    }

    /// Whether the help overlay is shown.
    var showingHelp: Bool {
        guard case .help = mode else { return false }
        return true
    }
}
