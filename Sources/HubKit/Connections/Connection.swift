/// One named entry of the connections file: where a host is and how to talk to it. It never holds a key value,
/// only the path of a file that does.
public struct Connection: Hashable, Sendable {
    /// The name after `[connections.`, as given to `--connection`.
    public var name: String
    /// The host, in any form `--url` accepts.
    public var url: String
    /// The file holding the host key, with `~` already expanded; `nil` when the entry names none.
    public var keyFile: String?
    /// Whether this connection is always watched without management actions.
    public var readOnly: Bool
    /// The task hubs of this host to watch (`task-hub = "A"` or `task-hubs = ["A", "B"]`), each scoping every
    /// request to it; empty keeps whatever the URL says (or the host's default hub).
    public var taskHubs: [String]
    /// When an instance of this host needs attention; ``AttentionThresholds/standard`` unless the entry has an
    /// `attention` table.
    public var attention: AttentionThresholds

    /// Creates a connection entry.
    public init(
        name: String,
        url: String,
        keyFile: String? = nil,
        readOnly: Bool = false,
        taskHubs: [String] = [],
        attention: AttentionThresholds = .standard
    ) {
        self.name = name
        self.url = url
        self.keyFile = keyFile
        self.readOnly = readOnly
        self.taskHubs = taskHubs
        self.attention = attention
    }

    /// Whether a session on this connection is read-only: a connection marked read-only stays so whatever the
    /// command line says; `--read-only` can only add the restriction, never lift it.
    public func isReadOnly(commandLineFlag: Bool) -> Bool {
        readOnly || commandLineFlag
    }
}
