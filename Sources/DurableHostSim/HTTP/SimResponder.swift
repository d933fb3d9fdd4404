import DurableAPI
import Foundation
import Hummingbird

/// The simulated host's front door: admin routes, the task hub a request names (§1.3), fault injection, auth (§2),
/// then the durable routes (§1.2) against that hub.
struct SimResponder: HTTPResponder {
    let hubs: TaskHubs
    let settings: APISettings
    let faults: FaultInjector
    let requests: RequestTally

    func respond(to request: Request, context: SimRequestContext) async throws -> Response {
        var request = request
        let bodyBuffer = try await request.collectBody(upTo: 16 * 1024 * 1024)
        let path = request.uri.path
        if path.lowercased().hasPrefix("/_sim/") {
            return await admin(request, body: String(buffer: bodyBuffer), context: context)
        }
        let simRequest = SimRequest(
            head: request.head,
            path: path,
            query: QueryParameters(request.uri.query),
            body: bodyBuffer.readableBytes > 0 ? String(buffer: bodyBuffer) : nil
        )
        requests.record(RequestTally.Kind(simRequest))
        let hub = hubs.resolve(simRequest.query.value("taskHub"))
        let decision = await faults.decide(taskHub: hub)
        if decision.latencyMilliseconds > 0 {
            try? await Task.sleep(for: .milliseconds(decision.latencyMilliseconds))
        }
        if let failure = decision.failure, let injected = inject(failure, context: context) {
            return injected
        }
        let response = await answer(simRequest, in: hub)
        guard let failure = decision.failure else {
            return response
        }
        return await corrupt(response, with: failure)
    }

    private func answer(_ request: SimRequest, in hub: TaskHubs.Resolution) async -> Response {
        guard let route = DurableRoute.match(method: request.head.method.rawValue, path: request.path) else {
            return authorized(request) ? SimResponse.empty(.notFound) : SimResponse.empty(.unauthorized)
        }
        guard authorized(request) else {
            return SimResponse.empty(.unauthorized)
        }
        switch hub {
        case .served(_, let engine):
            return await DurableHandler(engine: engine, settings: settings).handle(route, request)
        case .unknown(let name):
            return SimResponse.shortError(.notFound, "Task hub '\(name)' does not exist on this host.")
        }
    }

    /// §2: with a key configured, `x-functions-key` (which wins) or `code` must equal it.
    private func authorized(_ request: SimRequest) -> Bool {
        guard let key = settings.key else {
            return true
        }
        if let header = request.head.headerFields.value("x-functions-key") {
            return header == key
        }
        return request.query.value("code") == key
    }

    private func inject(_ rule: FaultRule, context: SimRequestContext) -> Response? {
        switch rule.kind {
        case .serverError:
            return SimResponse.internalError("Injected fault.", type: "System.Exception")
        case .serviceUnavailable, .tooManyRequests:
            var headers = HTTPFields()
            headers.set("Retry-After", String(rule.retryAfterSeconds))
            return SimResponse.empty(
                rule.kind == .tooManyRequests ? .tooManyRequests : .serviceUnavailable,
                headers: headers
            )
        case .dropConnection:
            context.dropConnection()
            return SimResponse.empty(.internalServerError)
        case .latency, .malformedJSON, .truncatedBody:
            return nil
        }
    }

    private func corrupt(_ response: Response, with rule: FaultRule) async -> Response {
        guard rule.kind == .malformedJSON || rule.kind == .truncatedBody else {
            return response
        }
        var response = response
        let writer = CollectingWriter()
        try? await response.body.write(writer)
        let collected = await writer.buffer
        let text = String(buffer: collected)
        if rule.kind == .malformedJSON {
            response.headers[.contentType] = SimResponse.jsonContentType
            response.body = ResponseBody(byteBuffer: ByteBuffer(string: "{\"Message\":" + text + ",]"))
            return response
        }
        let bytes = Array(text.utf8)
        let half = ByteBuffer(bytes: bytes.prefix(bytes.count / 2))
        response.body = ResponseBody(contentLength: max(bytes.count, 2)) { writer in
            try await writer.write(half)
            throw InjectedTruncation()
        }
        return response
    }
}

/// Thrown from a body writer to cut a response short.
struct InjectedTruncation: Error {}
