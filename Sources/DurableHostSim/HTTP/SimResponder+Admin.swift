import DurableAPI
import Hummingbird

extension SimResponder {
    /// `/_sim/faults` (loopback peers only): `GET` lists the active rules, `POST` replaces them with
    /// `{"faults":[{"kind":"serviceUnavailable","probability":0.5},{"kind":"dropConnection","next":3}]}`,
    /// `DELETE` switches every fault off. `GET /_sim/stats` answers `{"requests":N,"listings":M,"statusListings":S}`,
    /// the management requests received so far (faulted ones included), the instance listings they began, and those
    /// of the listings that filter by status. The key is required like on the durable routes.
    func admin(_ request: Request, body: String, context: SimRequestContext) async -> Response {
        let query = QueryParameters(request.uri.query)
        guard context.peerIsLoopback else {
            return SimResponse.empty(.forbidden)
        }
        if let key = settings.key {
            let given = request.headers.value("x-functions-key") ?? query.value("code")
            guard given == key else {
                return SimResponse.empty(.unauthorized)
            }
        }
        let path = request.uri.path.lowercased()
        if path.hasPrefix("/_sim/stats") && request.method == .get {
            return SimResponse.json(
                .ok,
                [
                    "requests": .number(JSONNumber(requests.total)),
                    "listings": .number(JSONNumber(requests.listings)),
                    "statusListings": .number(JSONNumber(requests.statusListings)),
                ]
            )
        }
        guard path.hasPrefix("/_sim/faults") else {
            return SimResponse.empty(.notFound)
        }
        switch request.method {
        case .get:
            break
        case .delete:
            await faults.setRules([])
        case .post:
            guard let json = try? JSONValue(parsing: body), let list = json["faults"]?.arrayValue else {
                return SimResponse.shortError(.badRequest, "Expected {\"faults\":[{\"kind\":…}]}")
            }
            var rules: [FaultRule] = []
            for item in list {
                guard let rule = FaultRule(json: item) else {
                    let kinds = FaultKind.allCases.map(\.rawValue).joined(separator: ", ")
                    return SimResponse.shortError(.badRequest, "Each fault needs a kind, one of: \(kinds).")
                }
                rules.append(rule)
            }
            await faults.setRules(rules)
        default:
            return SimResponse.empty(.notFound)
        }
        let active = await faults.rules
        return SimResponse.json(.ok, ["faults": .array(active.map(\.json))])
    }
}
