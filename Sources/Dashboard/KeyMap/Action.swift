/// Everything a key can do: reading the dashboard, through ``actions(_:)`` the operator actions and marks, and in
/// the overlays editing, confirming and closing.
public enum Action: Hashable, Sendable {
    /// Selection up one row (or scroll up one line).
    case moveUp
    /// Selection down one row.
    case moveDown
    /// One page up.
    case pageUp
    /// One page down.
    case pageDown
    /// First row.
    case top
    /// Last row.
    case bottom
    /// Drill into the selected row.
    case open
    /// Go back one level (`Esc`).
    case back
    /// Clear the `/` filter of the list on screen (`Esc` on a list).
    case clearFilter
    /// Go back one level, or quit at the top (`q`).
    case backOrQuit
    /// Quit at once.
    case quit
    /// Open the `/` filter prompt.
    case filter
    /// Open the `:` command prompt.
    case command
    /// Show or hide help.
    case help
    /// Refresh now.
    case refresh
    /// Pause or resume live updates.
    case togglePause
    /// Next detail tab.
    case nextTab
    /// Previous detail tab.
    case previousTab
    /// Jump to a detail tab by number.
    case selectTab(Int)
    /// Sort by the next column.
    case sortNextColumn
    /// Sort by the previous column.
    case sortPreviousColumn
    /// Reverse the sort order.
    case reverseSort
    /// Cycle relative / UTC / local times.
    case cycleTimeDisplay
    /// Next created-time window (sent to the host).
    case nextTimeWindow
    /// Next runtime-status filter (sent to the host).
    case nextStatusFilter
    /// Show or hide entity instances (`@name@key`) in the instances list.
    case toggleEntityInstances
    /// An operator action (its binding is marked mutating) or a change of marks.
    case actions(ActionKey)
    /// Copy the id of the instance under the cursor or on screen to the terminal's clipboard.
    case copyID
    /// Write the instance on screen as JSON (secrets masked) to a file, for a handover.
    case export
    /// Apply the prompt's text (Enter).
    case apply
    /// Cancel the prompt or the dialog (Esc).
    case cancel
    /// Complete the `:` command or hub name typed so far (Tab).
    case complete
    /// Close the overlay in front.
    case close
    /// Move the dialog's focus to the next field or button.
    case nextField
    /// Move the dialog's focus to the previous field or button.
    case previousField
    /// Press Enter in the dialog: the next field, or the focused button.
    case confirm
    /// Edit the focused text (the keys of the field; unbound keys are typed).
    case edit
}
