/// Where durabletop keeps what it writes about a session: the audit log and crash reports.
public enum StateDirectory {
    /// `$XDG_STATE_HOME/durabletop`, or `~/.local/state/durabletop` without it (`HOME` from `environment`);
    /// `nil` when neither is set. A relative `XDG_STATE_HOME` is ignored, as the XDG specification says.
    public static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/durabletop"
        }
        guard let home = environment["HOME"], !home.isEmpty else {
            return nil
        }
        return home + "/.local/state/durabletop"
    }
}
