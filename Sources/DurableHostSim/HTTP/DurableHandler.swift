import DurableAPI
import Foundation
import Hummingbird

/// Serves the durable routes (§5) against the engine of the task hub the request names.
struct DurableHandler: Sendable {
    let engine: SimEngine
    let settings: APISettings

    /// Answers a request whose route matched.
    func handle(_ route: DurableRoute, _ request: SimRequest) async -> Response {
        switch route {
        case .startOrchestration(let name, let instanceId):
            return await start(name: name, instanceId: instanceId, request)
        case .getStatus(let instanceId):
            return await status(instanceId, request)
        case .listInstances:
            return await listInstances(request)
        case .purgeInstance(let instanceId):
            guard await engine.purge(instanceId: instanceId) else {
                return SimResponse.empty(.notFound)
            }
            return SimResponse.json(.ok, PurgeResult(instancesDeleted: 1).json)
        case .purgeByFilter:
            return await purgeByFilter(request)
        case .raiseEvent(let instanceId, let eventName):
            return await raiseEvent(instanceId, eventName, request)
        case .operation(let instanceId, let operation):
            return await operate(operation, instanceId, request)
        case .signalEntity(let name, let key):
            return await signal(name: name, key: key ?? "", request)
        case .getEntity(let name, let key):
            guard let state = await engine.entityState(name: name, key: key == "$" ? "" : key) else {
                return SimResponse.empty(.notFound)
            }
            return SimResponse.json(.ok, StatusPayload.parsed(state))
        case .listEntities(let name):
            return await listEntities(name: name, request)
        case .makePrimary:
            return SimResponse.empty(.ok)
        }
    }

    private func links(_ request: SimRequest) -> CheckStatusLinks {
        let hub = request.query.value("taskHub").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let connection = request.query.value("connection") ?? request.query.value("connectionName")
        return CheckStatusLinks(
            authority: request.authority,
            taskHub: hub ?? settings.taskHub,
            connection: connection ?? "Storage",
            key: settings.key
        )
    }

    private func start(name: String, instanceId: String?, _ request: SimRequest) async -> Response {
        var input: String?
        if let body = request.body, !body.isEmpty {
            guard (try? JSONValue(parsing: body)) != nil else {
                return invalidJSON()
            }
            input = body
        }
        let id: String
        do {
            id = try await engine.start(functionName: name, instanceId: instanceId, input: input)
        } catch {
            return startFailure(error, functionName: name)
        }
        return await checkStatusOrWait(id, request)
    }

    func checkStatusOrWait(_ instanceId: String, _ request: SimRequest) async -> Response {
        let failOn500 = request.query.bool("returnInternalServerErrorOnFailure", default: false)
        let payload = links(request).payload(instanceId: instanceId, returnInternalServerErrorOnFailure: failOn500)
        if let timeout = request.query.double("timeout"), let interval = request.query.double("pollingInterval") {
            if interval > timeout {
                return SimResponse.argumentError(
                    "pollingInterval (Parameter 'Total timeout \(timeout) should be bigger than retry timeout \(interval)')"
                )
            }
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                if let snapshot = await engine.status(instanceId: instanceId, history: nil),
                    snapshot.record.status.isTerminal
                {
                    if snapshot.record.status == .completed {
                        return SimResponse.json(.ok, StatusPayload.parsed(snapshot.record.output))
                    }
                    return SimResponse.json(.ok, StatusPayload.json(snapshot, showInput: true))
                }
                guard Date().addingTimeInterval(interval) < deadline else {
                    break
                }
                try? await Task.sleep(for: .seconds(max(interval, 0.01)))
            }
        }
        var headers = HTTPFields()
        headers.set("Location", payload["statusQueryGetUri"]?.stringValue ?? "")
        headers.set("Retry-After", "10")
        return SimResponse.json(.accepted, payload, headers: headers)
    }

    private func startFailure(_ error: StartFailure, functionName: String) -> Response {
        switch error {
        case .unknownFunction(let name):
            return SimResponse.argumentError(
                "The function '\(name)' doesn't exist, is disabled, or is not an orchestrator function. "
                    + "Additional info: The following are the known orchestrator functions: "
                    + OrchestratorCatalog.names.map { "'\($0)'" }.joined(separator: ", ") + "."
            )
        case .invalidInstanceId(let message):
            return SimResponse.argumentError(message)
        case .alreadyExists(let status):
            return SimResponse.internalError(
                "An Orchestration instance with the status \(status.name) already exists.",
                type: "DurableTask.Core.Exceptions.OrchestrationAlreadyExistsException"
            )
        case .restartTargetMissing:
            return SimResponse.longError(
                .badRequest,
                message: "InstanceId does not match a valid orchestration instance.",
                exceptionMessage: "InstanceId does not match a valid orchestration instance.",
                exceptionType: "System.ArgumentException",
                stackTrace: ""
            )
        }
    }

    private func invalidJSON() -> Response {
        SimResponse.longError(
            .badRequest,
            message: "Invalid JSON content",
            exceptionMessage: "Unexpected character encountered while parsing value.",
            exceptionType: "Newtonsoft.Json.JsonReaderException",
            stackTrace: "   at Newtonsoft.Json.JsonTextReader.ParseValue()"
        )
    }

    private func status(_ instanceId: String, _ request: SimRequest) async -> Response {
        let query = request.query
        let showInput = query.bool("showInput", default: true)
        var transformer: HistoryTransformer?
        if query.bool("showHistory", default: false) {
            transformer = HistoryTransformer(
                showInput: showInput,
                showHistoryOutput: query.bool("showHistoryOutput", default: false)
            )
        }
        guard let snapshot = await engine.status(instanceId: instanceId, history: transformer) else {
            return SimResponse.empty(.notFound)
        }
        let body = StatusPayload.json(snapshot, showInput: showInput)
        switch snapshot.record.status {
        case .running, .pending, .continuedAsNew, .suspended:
            var headers = HTTPFields()
            headers.set("Location", request.url)
            headers.set("Retry-After", "5")
            return SimResponse.json(.accepted, body, headers: headers)
        case .failed where query.bool("returnInternalServerErrorOnFailure", default: false):
            return SimResponse.json(.internalServerError, body)
        case .failed, .completed, .terminated, .canceled:
            return SimResponse.json(.ok, body)
        }
    }

    private func listInstances(_ request: SimRequest) async -> Response {
        let query = request.query
        let filter = InstanceFilter(
            createdFrom: query.date("createdTimeFrom"),
            createdTo: query.date("createdTimeTo"),
            statuses: SimResponse.statusFilter(query.values("runtimeStatus")),
            prefix: query.value("instanceIdPrefix").flatMap { $0.isEmpty ? nil : $0 },
            includeEntities: settings.entitiesInInstanceList
        )
        guard let page = page(of: request) else {
            return SimResponse.argumentError("The continuation token is not valid.")
        }
        let (rows, next) = await engine.listInstances(filter, top: page.top, after: page.after)
        let showInput = query.bool("showInput", default: true)
        let body = JSONValue.array(rows.map { StatusPayload.json($0, showInput: showInput) })
        return SimResponse.json(.ok, body, headers: continuationHeaders(next))
    }

    private func listEntities(name: String?, _ request: SimRequest) async -> Response {
        let query = request.query
        let filter = EntityFilter(
            name: name?.lowercased(),
            from: query.date("lastOperationTimeFrom"),
            to: query.date("lastOperationTimeTo")
        )
        guard let page = page(of: request) else {
            return SimResponse.argumentError("The continuation token is not valid.")
        }
        let (rows, next) = await engine.listEntities(filter, top: page.top, after: page.after)
        let fetchState = query.bool("fetchState", default: false)
        let body = JSONValue.array(rows.map { StatusPayload.json($0, fetchState: fetchState) })
        return SimResponse.json(.ok, body, headers: continuationHeaders(next))
    }

    /// The page a list request asks for: after the row its continuation token names (`nil`: from the start), at
    /// most `top` rows (clamped to 1 and the page cap). `nil` when the token is not one this host issued.
    private func page(of request: SimRequest) -> (after: String?, top: Int)? {
        guard let position = ContinuationToken.decode(request.head.headerFields.value("x-ms-continuation-token")) else {
            return nil
        }
        return (after: position.lastId, top: min(max(request.query.int("top", default: 100), 1), settings.pageCap))
    }

    private func continuationHeaders(_ next: String?) -> HTTPFields {
        var headers = HTTPFields()
        if let next {
            headers.set("x-ms-continuation-token", ContinuationToken.encode(next))
        } else if settings.sendsEmptyContinuationToken {
            headers.set("x-ms-continuation-token", "")
        }
        return headers
    }

    private func purgeByFilter(_ request: SimRequest) async -> Response {
        let query = request.query
        guard let from = query.date("createdTimeFrom") else {
            return SimResponse.bareString(.badRequest, "Please provide value for 'createdTimeFrom' parameter.")
        }
        let deleted = await engine.purge(
            createdFrom: from,
            createdTo: query.date("createdTimeTo"),
            statuses: SimResponse.statusFilter(query.values("runtimeStatus"))
        )
        guard deleted > 0 else {
            return SimResponse.empty(.notFound)
        }
        return SimResponse.json(.ok, PurgeResult(instancesDeleted: deleted).json)
    }

    private func raiseEvent(_ instanceId: String, _ eventName: String, _ request: SimRequest) async -> Response {
        guard let snapshot = await engine.status(instanceId: instanceId, history: nil) else {
            return SimResponse.empty(.notFound)
        }
        guard !snapshot.record.status.isTerminal else {
            return SimResponse.empty(.gone)
        }
        let mediaType = request.head.headerFields[.contentType]?.split(separator: ";").first?
            .trimmingCharacters(in: .whitespaces).lowercased()
        guard mediaType == "application/json" else {
            return SimResponse.shortError(.badRequest, "Only application/json request content is supported")
        }
        guard let body = request.body, (try? JSONValue(parsing: body)) != nil else {
            return invalidJSON()
        }
        return outcome(await engine.raiseEvent(instanceId: instanceId, name: eventName, payload: body))
    }

    private func operate(
        _ operation: DurableRoute.InstanceOperation,
        _ instanceId: String,
        _ request: SimRequest
    ) async
        -> Response
    {
        let reason = request.query.value("reason")
        switch operation {
        case .terminate:
            return outcome(await engine.terminate(instanceId: instanceId, reason: reason))
        case .suspend:
            return outcome(await engine.suspend(instanceId: instanceId, reason: reason))
        case .resume:
            return outcome(await engine.resume(instanceId: instanceId, reason: reason))
        case .rewind:
            return outcome(await engine.rewind(instanceId: instanceId, reason: reason))
        case .restart:
            let newId = request.query.bool("restartWithNewInstanceId", default: true)
            do {
                let id = try await engine.restart(instanceId: instanceId, newInstanceId: newId)
                return await checkStatusOrWait(id, request)
            } catch {
                return startFailure(error, functionName: "")
            }
        }
    }

    private func outcome(_ outcome: ManagementOutcome) -> Response {
        switch outcome {
        case .accepted:
            return SimResponse.empty(.accepted)
        case .notFound:
            return SimResponse.empty(.notFound)
        case .gone:
            return SimResponse.empty(.gone)
        case .invalidState(let message):
            return SimResponse.internalError(message, type: "System.InvalidOperationException")
        }
    }

    private func signal(name: String, key: String, _ request: SimRequest) async -> Response {
        if key.unicodeScalars.contains(where: { "/\\?#".unicodeScalars.contains($0) || $0.value < 0x20 }) {
            return SimResponse.shortError(
                .badRequest,
                "Entity keys must not contain /, \\, #, ?, or control characters."
            )
        }
        let operation = request.head.method == .delete ? "delete" : (request.query.value("op") ?? "")
        var input: String?
        if let body = request.body, !body.isEmpty {
            let mediaType = request.head.headerFields[.contentType]?.split(separator: ";").first?
                .trimmingCharacters(in: .whitespaces).lowercased()
            if mediaType == "application/json" {
                guard (try? JSONValue(parsing: body)) != nil else {
                    return SimResponse.shortError(
                        .badRequest,
                        "Could not parse JSON content: Unexpected character encountered while parsing value."
                    )
                }
                input = body
            } else {
                input = ProgramJSON.text(body)
            }
        }
        guard await engine.signal(entity: name, key: key, operation: operation, input: input) else {
            return SimResponse.shortError(
                .badRequest,
                "The function '\(name.lowercased())' doesn't exist, is disabled, or is not an entity function. "
                    + "Additional info: The following are the known entity functions: "
                    + EntityCatalog.names.map { "'\($0)'" }.joined(separator: ", ") + "."
            )
        }
        return SimResponse.empty(.accepted)
    }
}
