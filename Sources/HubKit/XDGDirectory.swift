/// The XDG base directories durabletop keeps its files in, each with a `durabletop` folder of its own.
public enum XDGDirectory: Sendable {
    /// Settings the user writes (`connections.toml`): `$XDG_CONFIG_HOME`, else `~/.config`.
    case config
    /// What durabletop writes about its sessions (the audit log, crash reports): `$XDG_STATE_HOME`, else
    /// `~/.local/state`.
    case state

    /// `$XDG_…_HOME/durabletop`, or the default under `HOME` (both from `environment`); `nil` when neither is set.
    /// A relative `XDG_…_HOME` is ignored, as the XDG specification asks.
    public func path(environment: [String: String]) -> String? {
        if let base = environment[variable], base.hasPrefix("/") {
            return base + "/durabletop"
        }
        guard let home = environment["HOME"], !home.isEmpty else {
            return nil
        }
        return home + "/" + homeDefault + "/durabletop"
    }

    private var variable: String {
        switch self {
        case .config: "XDG_CONFIG_HOME"
        case .state: "XDG_STATE_HOME"
        }
    }

    private var homeDefault: String {
        switch self {
        case .config: ".config"
        case .state: ".local/state"
        }
    }
}
