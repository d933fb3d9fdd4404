import ArgumentParser
import DurableAPI
import Foundation
import HubKit

/// The connection options every shell command shares with `watch`: `--url`, `-c/--connection`,
/// `--connections-file`, `--key-file`, `--insecure` and `--read-only`. The key is never an option.
struct HubOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "App URL, webhook base (…/runtime/webhooks/durabletask), a statusQueryGetUri, or check-status JSON."
    )
    var url: String?

    @Option(name: .customLong("key-file"), help: "File holding the host key (first line).")
    var keyFile: String?

    @OptionGroup
    var connectionOptions: ConnectionOptions

    @Flag(name: .long, help: "Do not verify the host's TLS certificate.")
    var insecure = false

    /// Rejects `--url` with `--connection`, and neither of them unless `allowingLink` (a command whose argument
    /// may itself be a link to the host).
    func validate(allowingLink: Bool = false) throws {
        try connectionOptions.validate(url: url)
        guard allowingLink || url != nil || connectionOptions.connection != nil else {
            throw ValidationError("Give --url URL or --connection NAME.")
        }
    }

    /// The host and the instance `--url` names (or `link`, a pasted URL or payload, when given), and a client
    /// for it; read-only when the connection is marked so or `readOnly` (the command's `--read-only`) is set.
    ///
    /// - Throws: ``ConfigFileError``, ``KeyFileError`` or ``EndpointDiscoveryError``.
    func connect(link: String? = nil, readOnly: Bool = false) throws -> HubConnection {
        let hub = try connectionOptions.selected()
        let target = try HostTarget.resolve(hub: hub, url: link ?? url, keyFile: keyFile)
        return HubConnection(
            client: client(for: target),
            linkedInstanceID: target.instanceID,
            readOnly: target.isReadOnly(commandLineFlag: readOnly)
        )
    }

    /// A client for `target` over its own transport, with `--insecure` applied.
    func client(for target: HostTarget) -> DurableClient {
        DurableClient(endpoint: target.endpoint, transport: CurlTransport(options: .init(insecure: insecure)))
    }
}

extension HubOptions {
    /// A client and the instance `target` names: a pasted link or payload carries its host (and `--url` or
    /// `--connection` may be left out); anything else is an instance id on the hub of `--url` or `--connection`.
    ///
    /// - Throws: `ValidationError` when an id comes without a hub, or what ``connect(link:)`` throws.
    func connect(instance target: String) throws -> (client: DurableClient, instanceID: String) {
        guard url == nil && connectionOptions.connection == nil else {
            let linked = (try? InstanceLink(target))?.instanceID
            return (try connect().client, linked ?? target)
        }
        let connection: HubConnection
        do {
            connection = try connect(link: target)
        } catch is EndpointDiscoveryError {
            throw ValidationError("\(target) is an instance id: give --url URL or --connection NAME too.")
        }
        guard let id = connection.linkedInstanceID else {
            throw ValidationError("\(target) names no instance: give an instance's status URL, or an id with --url.")
        }
        return (connection.client, id)
    }
}

/// A shell command's way to the host.
struct HubConnection {
    /// The client, with the key in its endpoint.
    let client: DurableClient
    /// The instance a pasted link named, if it named one.
    let linkedInstanceID: String?
    /// Whether changes are refused (the connection's mark or `--read-only`).
    let readOnly: Bool
}
