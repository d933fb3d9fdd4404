import ConfigFiles

/// One task hub the fleet overview shows as a row: a named connection, and one of its task hubs.
public struct FleetHub: Hashable, Sendable {
    /// The connection the hub is reached through (url, key file, read-only mark, attention thresholds).
    public var connection: Connection
    /// The task hub every request names; `nil` keeps the URL's hub (or the host's default).
    public var taskHub: String?

    /// Creates a hub row for a connection and one of its task hubs.
    public init(connection: Connection, taskHub: String?) {
        self.connection = connection
        self.taskHub = taskHub
    }

    /// The name the overview, `:hub NAME` and `-c NAME` use: the connection's name, or `name/TaskHub` when the
    /// connection names several task hubs.
    public var name: String {
        guard connection.taskHubs.count > 1, let taskHub else {
            return connection.name
        }
        return connection.name + "/" + taskHub
    }
}

extension Connection {
    /// The connection's hubs: one per task hub it names, or one for the URL's hub when it names none.
    public var hubs: [FleetHub] {
        guard !taskHubs.isEmpty else {
            return [FleetHub(connection: self, taskHub: nil)]
        }
        return taskHubs.map { FleetHub(connection: self, taskHub: $0) }
    }
}

extension ConnectionsFile {
    /// Every hub of every connection, by connection name, then in the order each names its task hubs.
    public var hubs: [FleetHub] {
        connections.flatMap(\.hubs)
    }

    /// The hubs `name` selects: a connection's name selects all its hubs, `name/TaskHub` one of them (the task
    /// hub's letter case does not matter, as on the host).
    ///
    /// - Throws: ``ConfigFileError`` naming the known connections, or the connection's task hubs.
    public func hubs(named name: String) throws(ConfigFileError) -> [FleetHub] {
        if let exact = connections.first(where: { $0.name == name }) {
            return exact.hubs
        }
        guard let slash = name.lastIndex(of: "/") else {
            return try connection(named: name).hubs
        }
        let connection = try connection(named: String(name[..<slash]))
        let wanted = String(name[name.index(after: slash)...])
        guard let hub = connection.hubs.first(where: { $0.taskHub?.lowercased() == wanted.lowercased() }) else {
            let known = connection.taskHubs.isEmpty ? "it names none" : connection.taskHubs.joined(separator: ", ")
            throw ConfigFileError(
                file: file,
                message: "connection \"\(connection.name)\" has no task hub \"\(wanted)\" (task hubs: \(known))"
            )
        }
        return [hub]
    }

    /// The one hub `name` selects, for a command that talks to a single hub.
    ///
    /// - Throws: ``ConfigFileError`` as ``hubs(named:)``, or when the connection names several task hubs.
    public func hub(named name: String) throws(ConfigFileError) -> FleetHub {
        let hubs = try hubs(named: name)
        guard hubs.count == 1 else {
            let choices = hubs.map(\.name).joined(separator: ", ")
            throw ConfigFileError(file: file, message: "\"\(name)\" has several task hubs; name one: \(choices)")
        }
        return hubs[0]
    }
}
