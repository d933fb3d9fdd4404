/// Where a key asks the fleet to go: back to the overview, or into a hub by name.
public enum FleetRequest: Hashable, Sendable {
    /// The fleet overview (`:hubs`, Esc or `q` at the top of a hub).
    case overview
    /// The hub of this name (Enter on its row, `:hub NAME`).
    case hub(String)
}
