import Dashboard
import DurableAPI
import HubKit

/// The real host a command talks to, from `--url`/`--key-file` or from a named connection.
struct HostTarget {
    /// The endpoint, with the connection's task hub applied.
    var endpoint: DurableEndpoint
    /// The instance the URL names (a pasted status URL, `Location` or check-status payload), if it names one.
    var instanceID: String?
    /// The named connection used, if any.
    var connection: Connection?

    /// Resolves the host. A named connection supplies the url, the key file (unless `--key-file` is given) and
    /// the task hub; without one, `url` and `keyFile` are used as given. The key falls back to `DURABLETOP_KEY`.
    ///
    /// - Throws: ``KeyFileError`` or ``EndpointDiscoveryError``.
    static func resolve(connection: Connection?, url: String?, keyFile: String?) throws -> HostTarget {
        guard let connection else {
            let link = try InstanceLink(url ?? "", key: try KeySource.hostKey(keyFile: keyFile))
            return HostTarget(endpoint: link.endpoint, instanceID: link.instanceID, connection: nil)
        }
        let key = try KeySource.hostKey(keyFile: keyFile ?? connection.keyFile)
        var endpoint = try DurableEndpoint.discover(from: connection.url, key: key)
        if let taskHub = connection.taskHub {
            endpoint.taskHub = taskHub
        }
        return HostTarget(endpoint: endpoint, instanceID: nil, connection: connection)
    }

    /// Whether the session is read-only: the connection's mark, which `--read-only` can add to but never lift.
    func isReadOnly(commandLineFlag: Bool) -> Bool {
        connection?.isReadOnly(commandLineFlag: commandLineFlag) ?? commandLineFlag
    }
}
