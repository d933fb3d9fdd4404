import HubKit

/// Something the state asks the app to do that the state itself cannot (it does no I/O).
public enum Effect: Hashable, Sendable {
    /// Run a refresh tick now.
    case refreshNow
    /// Start action work (a run, a dry run, a cancel).
    case action(ActionEffect)
    /// Write `text` to the file at `path` and say how it went.
    case export(path: String, text: String)
    /// Put `text` on the terminal's clipboard.
    case copy(String)
    /// Show the fleet overview, or another hub of the fleet.
    case fleet(FleetRequest)
}
