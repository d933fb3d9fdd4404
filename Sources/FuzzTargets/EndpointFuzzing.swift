import DurableAPI

/// The `endpoint` target: text pasted as a host (an app URL, a webhook base, a management URL or a whole
/// check-status payload); what it finds must print without trapping, and discovering again from the endpoint's own
/// base URL must find the same base URL and flavour.
enum EndpointFuzzing {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = Redaction.standard.apply(text)
        let link: InstanceLink
        do {
            link = try InstanceLink(text)
        } catch {
            return .rejected(error.description)
        }
        let endpoint = link.endpoint
        _ = endpoint.description
        _ = endpoint.hostName
        do {
            let again = try DurableEndpoint.discover(from: endpoint.baseURL)
            guard again.baseURL == endpoint.baseURL, again.flavour == endpoint.flavour else {
                return .broken("the base URL \(endpoint.baseURL) found in \(text) discovers \(again.baseURL)")
            }
        } catch {
            return .broken("the base URL \(endpoint.baseURL) found in \(text) is refused: \(error.description)")
        }
        return .accepted
    }
}
