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
    var connection: Connection? { hub?.connection }
    /// The connection's task hub used, if a named connection was.
    var hub: FleetHub?

    /// Resolves the host. A named connection's hub supplies the url, the key file (unless `--key-file` is given)
    /// and the task hub; without one, `url` and `keyFile` are used as given. The key falls back to
    /// `DURABLETOP_KEY`.
    ///
    /// - Throws: ``KeyFileError`` or ``EndpointDiscoveryError``.
    static func resolve(hub: FleetHub?, url: String?, keyFile: String?) throws -> HostTarget {
        guard let hub else {
            let link = try InstanceLink(url ?? "", key: try KeySource.hostKey(keyFile: keyFile))
            return HostTarget(endpoint: link.endpoint, instanceID: link.instanceID, hub: nil)
        }
        let key = try KeySource.hostKey(keyFile: keyFile ?? hub.connection.keyFile)
        var endpoint = try DurableEndpoint.discover(from: hub.connection.url, key: key)
        if let taskHub = hub.taskHub {
            endpoint.taskHub = taskHub
        }
        return HostTarget(endpoint: endpoint, instanceID: nil, hub: hub)
    }

    /// Whether the session is read-only: the connection's mark, which `--read-only` can add to but never lift.
    func isReadOnly(commandLineFlag: Bool) -> Bool {
        connection?.isReadOnly(commandLineFlag: commandLineFlag) ?? commandLineFlag
    }
}
